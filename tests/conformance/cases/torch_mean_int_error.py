import torch


def average(x: torch.Tensor) -> torch.Tensor:
    return x.mean()


# inputs: {"x": [1.0, 2.0, 4.0]}
# inputs: {"x": [1, 2, 4]}
