import torch


def bad_pointwise(x: torch.Tensor, which: int) -> torch.Tensor:
    if which == 0:
        return x.reciprocal_()
    if which == 1:
        return torch.trunc(x > 0)
    if which == 2:
        return x.sinc_()
    if which == 3:
        return torch.hypot(x, x)
    if which == 4:
        return torch.logaddexp(x, x)
    if which == 5:
        return torch.fmod(x > 0, x > 1)
    if which == 6:
        return torch.heaviside(x, x.float())
    if which == 7:
        return torch.fmod(x, torch.tensor([0, 1, 2]))
    if which == 8:
        return torch.fmod(x, 0)
    return torch.logaddexp2(x.to(torch.int32), x.to(torch.int32))


# inputs: {"x": [1, 2, 3], "which": 0}
# inputs: {"x": [1, 2, 3], "which": 1}
# inputs: {"x": [1, 2, 3], "which": 2}
# inputs: {"x": [1, 2, 3], "which": 3}
# inputs: {"x": [1, 2, 3], "which": 4}
# inputs: {"x": [1, 2, 3], "which": 5}
# inputs: {"x": [1, 2, 3], "which": 6}
# inputs: {"x": [1, 2, 3], "which": 7}
# inputs: {"x": [1, 2, 3], "which": 8}
# inputs: {"x": [1, 2, 3], "which": 9}
