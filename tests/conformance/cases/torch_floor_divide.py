import torch


def floor_div(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [x // y, x // 3, -x // 2, x.float() // y.float(), x.float() // 0.5]


# inputs: {"x": [7, -7, 7, -7], "y": [2, 2, -2, -2]}
# inputs: {"x": [[9, 10]], "y": [[4], [-4]]}
# inputs: {"x": [0], "y": [5]}
