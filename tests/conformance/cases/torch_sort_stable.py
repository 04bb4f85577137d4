import torch


def stable_order(x: torch.Tensor) -> list[torch.Tensor]:
    values, indices = torch.sort(x, stable=True)
    down_values, down_indices = torch.sort(x, descending=True, stable=True)
    return [values, indices, down_values, down_indices, torch.argsort(x, stable=True)]


# inputs: {"x": [2, 1, 2, 1, 2, 0]}
# inputs: {"x": [5, 5, 5]}
# inputs: {"x": [1.5, -1.5, 1.5]}
