import torch


def masked(x: torch.Tensor) -> list[torch.Tensor]:
    return [x[x > 2], x[x % 2 == 0], x[(x > 1) & (x < 5)], x[x > 100]]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
# inputs: {"x": [[1, 5], [3, 2]]}
# inputs: {"x": [0]}
