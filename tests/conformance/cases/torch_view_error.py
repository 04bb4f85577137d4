import torch


def view_as(x: torch.Tensor, rows: int) -> torch.Tensor:
    return x.view(rows, -1)


# inputs: {"x": [1, 2, 3, 4], "rows": 2}
# inputs: {"x": [1, 2, 3, 4, 5], "rows": 2}
