import torch


def divide(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [x / y, x / 2, 1 / x.float(), x.float() / y, x.double() / y]


# inputs: {"x": [7, -7, 1], "y": [2, 2, 3]}
# inputs: {"x": [1, 0], "y": [0, 0]}
# inputs: {"x": [[10]], "y": [[4, -4]]}
