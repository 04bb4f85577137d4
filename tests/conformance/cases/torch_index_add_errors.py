import torch


def index_add_failing(x: torch.Tensor, i: torch.Tensor, which: int) -> torch.Tensor:
    s = torch.ones(2, 4, dtype=x.dtype)
    if which == 0:
        return x.index_add(0, i.view(1, 2), s)
    if which == 1:
        return x.index_add(0, i.float(), s)
    if which == 2:
        return x.index_add(0, i, s.double())
    if which == 3:
        return x.index_add(1, i, s[0])
    if which == 4:
        return x.index_add(0, i[:1], s)
    if which == 5:
        return x.index_add(0, i, s[:, :3])
    if which == 6:
        return x.index_add(2, i, s)
    if which == 7:
        return x.index_add(0, i, s[0])
    return torch.index_add(x, 0, i, s)


# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 0}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 1}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 2}
# inputs: {"x": [[1, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 2}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 3}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 4}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 5}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 6}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, 0], "which": 7}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [3, 0], "which": 8}
# inputs: {"x": [[0.5, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], "i": [2, -1], "which": 8}
