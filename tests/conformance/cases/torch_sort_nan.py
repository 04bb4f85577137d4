import torch


def sort_nan(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    mixed = torch.where(v < 0, (v - v) / (v - v), v)
    values, indices = torch.sort(mixed)
    down, down_indices = torch.sort(mixed, descending=True)
    return [values, indices, down, down_indices]


# inputs: {"x": [3.0, -1.0, 1.0, 2.0]}
# inputs: {"x": [-1.0, -2.0]}
