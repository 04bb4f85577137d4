import torch


def middle(x: torch.Tensor) -> torch.Tensor:
    return torch.median(x, 0).values


# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]]}
# inputs: {"x": []}
