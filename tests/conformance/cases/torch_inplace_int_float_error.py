import torch


def grow(x: torch.Tensor) -> torch.Tensor:
    y = x.clone()
    y *= 1.5
    return y


# inputs: {"x": [1.0, 2.0]}
# inputs: {"x": [1, 2]}
