import torch


def compare(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [x == y, x != y, x < y, x <= y, x > y, x >= y, x > 1, 2 <= x, x.float() == y]


# inputs: {"x": [1, 2, 3], "y": [3, 2, 1]}
# inputs: {"x": [[1], [2]], "y": [[2, 1]]}
# inputs: {"x": [0], "y": [0]}
