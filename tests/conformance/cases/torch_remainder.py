import torch


def remainders(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [x % y, x % 3, x.float() % y.float(), x.float() % -2.5]


# inputs: {"x": [7, -7, 7, -7], "y": [3, 3, -3, -3]}
# inputs: {"x": [[5, -5]], "y": [[2], [7]]}
# inputs: {"x": [0], "y": [4]}
