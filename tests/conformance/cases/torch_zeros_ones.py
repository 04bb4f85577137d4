import torch


def filled(rows: int, cols: int) -> list[torch.Tensor]:
    return [
        torch.zeros(rows, cols),
        torch.ones(rows, cols, dtype=torch.int64),
        torch.ones(cols) * rows,
        torch.zeros(rows, dtype=torch.bool),
    ]


# inputs: {"rows": 2, "cols": 3}
# inputs: {"rows": 1, "cols": 1}
# inputs: {"rows": 0, "cols": 2}
