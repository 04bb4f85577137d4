import torch


def add_dim(x: torch.Tensor, dim: int) -> torch.Tensor:
    return x.unsqueeze(dim)


# inputs: {"x": [1, 2], "dim": 1}
# inputs: {"x": [1, 2], "dim": -2}
# inputs: {"x": [1, 2], "dim": 2}
# inputs: {"x": [1, 2], "dim": -3}
