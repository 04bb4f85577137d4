import torch


def filled_with(x: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
    return x.masked_fill(m, 0)


# inputs: {"x": [1, 2, 3], "m": [true, false, true]}
# inputs: {"x": [1, 2, 3], "m": [1, 0, 1]}
