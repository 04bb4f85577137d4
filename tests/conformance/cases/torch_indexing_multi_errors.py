import torch


def errors(rows: list[int], cols: list[int], which: int) -> torch.Tensor:
    t = torch.arange(24).reshape(2, 3, 4)
    r = torch.tensor(rows)
    c = torch.tensor(cols)
    if which == 0:
        return t[r, c]
    if which == 1:
        return t[0, :, c]
    if which == 2:
        return t[:, None, r, c]
    if which == 3:
        return t[rows[0], cols[0]]
    t[r, :, c] = torch.zeros(5).long()
    return t


# inputs: {"rows": [0, 1], "cols": [0, 1, 2], "which": 0}
# inputs: {"rows": [0, 1], "cols": [0, 5], "which": 0}
# inputs: {"rows": [0, 3], "cols": [0, 1], "which": 0}
# inputs: {"rows": [0, 1], "cols": [9], "which": 1}
# inputs: {"rows": [0, 1], "cols": [0, 4], "which": 2}
# inputs: {"rows": [5], "cols": [0], "which": 3}
# inputs: {"rows": [1], "cols": [-4], "which": 3}
# inputs: {"rows": [0, 1], "cols": [0, 1], "which": 4}
