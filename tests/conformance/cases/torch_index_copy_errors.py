import torch


def index_copy_failing(row: torch.Tensor, i: torch.Tensor, which: int) -> torch.Tensor:
    x = row.repeat(2, 1, 1)
    s = torch.ones(2, 4, 5, dtype=x.dtype)
    if which == 0:
        return x.index_copy(1, i.view(1, 2), s)
    if which == 1:
        return x.index_copy(1, i.int(), s)
    if which == 2:
        return x.index_copy(1, i, s.float())
    if which == 3:
        return x.index_copy(1, i, s[0])
    if which == 4:
        return x.index_copy(1, i, torch.tensor(1.0, dtype=x.dtype))
    if which == 5:
        return x.index_copy(1, i, torch.ones(2, 3, 4, dtype=x.dtype))
    if which == 6:
        return x.index_copy(1, i, torch.ones(2, 3, 5, dtype=x.dtype))
    if which == 7:
        return x.index_copy(3, i, s)
    return x.index_copy(1, i, torch.ones(2, 2, 5, dtype=x.dtype))


# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 0}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 1}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 2}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 3}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 4}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 5}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 6}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 7}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, 0], "which": 8}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [3, 0], "which": 8}
# inputs: {"row": [[[0.5, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]], "i": [2, -1], "which": 8}
