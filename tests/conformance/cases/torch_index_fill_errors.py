import torch


def index_fill_failing(x: torch.Tensor, i: torch.Tensor, which: int) -> torch.Tensor:
    if which == 0:
        return x.index_fill(1, i.int(), 1)
    if which == 1:
        return x.index_fill(1, i.view(1, -1), 1)
    if which == 2:
        return x.index_fill(1, i, torch.tensor([1.0]))
    if which == 3:
        return x.index_fill(1, i.float(), torch.tensor([1.0]))
    if which == 4:
        return x.index_fill(2, i, 1)
    if which == 5:
        return x.long().index_fill(1, i, float("nan"))
    return x.index_fill(1, i, 1)


# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 0}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 1}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 2}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 3}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 4}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 0], "which": 5}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [2, 4], "which": 6}
# inputs: {"x": [[1.5, 2, 3, 4], [5, 6, 7, 8]], "i": [-5, 0], "which": 6}
