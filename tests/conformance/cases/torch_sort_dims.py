import torch


def ordered(x: torch.Tensor) -> list[torch.Tensor]:
    values, indices = torch.sort(x)
    down_values, down_indices = torch.sort(x, dim=0, descending=True)
    col_values, col_indices = torch.sort(x, -1, True)
    return [values, indices, down_values, down_indices, col_values, col_indices]


# inputs: {"x": [[3, 1, 2], [9, 8, 7]]}
# inputs: {"x": [[0.5, -0.5], [-1.5, 1.5]]}
# inputs: {"x": [[4]]}
