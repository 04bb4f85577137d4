import torch


def bad_shapes(x: torch.Tensor, which: int) -> torch.Tensor:
    if which == 0:
        return torch.diff(x, n=-1)
    if which == 1:
        return torch.diff(x.sum())
    if which == 2:
        return torch.diff(x, prepend=x[0])
    if which == 3:
        return torch.diff(x, dim=2)
    if which == 4:
        return torch.roll(x, (1, 2))
    if which == 5:
        return torch.roll(x, (1, 2), (0,))
    if which == 6:
        return torch.nanmean(x.long())
    if which == 8:
        return torch.diff(x, dim=1, append=torch.zeros(3, 1))
    return torch.roll(x, 1, 3)


# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 0}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 1}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 2}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 3}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 4}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 5}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 6}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 7}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 8}
