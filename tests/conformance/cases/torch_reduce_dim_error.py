import torch


def sum_along(x: torch.Tensor, dim: int) -> torch.Tensor:
    return x.sum(dim)


# inputs: {"x": [[1, 2], [3, 4]], "dim": 1}
# inputs: {"x": [[1, 2], [3, 4]], "dim": -2}
# inputs: {"x": [[1, 2], [3, 4]], "dim": 2}
# inputs: {"x": [[1, 2], [3, 4]], "dim": -3}
