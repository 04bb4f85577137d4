import torch


def reshaped_to(x: torch.Tensor, rows: int, cols: int) -> torch.Tensor:
    return x.reshape(rows, cols)


# inputs: {"x": [1, 2, 3, 4, 5, 6], "rows": 3, "cols": 2}
# inputs: {"x": [1, 2, 3, 4, 5, 6], "rows": 4, "cols": 2}
# inputs: {"x": [1, 2, 3, 4, 5, 6], "rows": -1, "cols": 4}
