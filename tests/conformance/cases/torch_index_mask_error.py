import torch


def masked_by(x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
    return x[keep > 0]


# inputs: {"x": [1, 2, 3], "keep": [1, 0, 1]}
# inputs: {"x": [1, 2, 3], "keep": [1, 0]}
