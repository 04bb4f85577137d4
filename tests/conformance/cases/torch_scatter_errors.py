import torch


def scatter_failing(x: torch.Tensor, idx: torch.Tensor, which: int) -> torch.Tensor:
    src = torch.ones(3, 4, dtype=x.dtype)
    if which == 0:
        return x.scatter(0, idx.int(), src)
    if which == 1:
        return x.scatter(0, idx.float(), src)
    if which == 2:
        return x.scatter(0, idx, src.float())
    if which == 3:
        return x.scatter_add(0, idx, src.long())
    if which == 4:
        return x.scatter(2, idx, src)
    if which == 5:
        return x.scatter(-3, idx, 1.0)
    if which == 6:
        return x.scatter(0, idx[0], src)
    if which == 7:
        return x.scatter(0, idx, src[0])
    if which == 8:
        return x.scatter(0, idx, src[:, :2])
    if which == 9:
        return x.scatter(1, idx, 2.0)
    if which == 10:
        return x.long().scatter(0, idx, float("nan"))
    if which == 11:
        return x.int().scatter(0, idx, 1e10)
    return x.scatter_add(0, idx, src)


# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 0}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 1}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 2}
# inputs: {"x": [[0.5, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 3}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 4}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 5}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 6}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 7}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 8}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 9}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 10}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0]], "which": 11}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 3, 2, 0]], "which": 12}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, -1, 2, 0]], "which": 12}
# inputs: {"x":[[0,0,0,0],[0,0,0,0],[0,0,0,0]],"idx":[[0],[1],[2],[0]],"which":12}
# inputs: {"x": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], "idx": [[0, 1, 2, 0, 1]], "which": 12}
