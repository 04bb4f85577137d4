import torch


def best_with_nan(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    nan = (v - v) / (v - v)
    mixed = torch.where(v < 0, nan, v)
    return [mixed.argmax(), mixed.argmin(), mixed.argmax(dim=0)]


# inputs: {"x": [1.0, -1.0, 5.0]}
# inputs: {"x": [2.0, 3.0, 1.0]}
# inputs: {"x": [-4.0]}
