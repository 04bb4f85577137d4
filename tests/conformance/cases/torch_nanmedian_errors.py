import torch


def bad_nanmedian(x: torch.Tensor, which: int) -> torch.Tensor:
    if which == 0:
        return torch.nanmedian(x[:, :0], 1).values
    if which == 1:
        return torch.nanmedian(x > 0)
    if which == 2:
        return torch.nanmedian(x, 2).values
    return torch.nanmedian(x > 0, 0).values


# inputs: {"x": [[1.0, 2.0]], "which": 0}
# inputs: {"x": [[1.0, 2.0]], "which": 1}
# inputs: {"x": [[1.0, 2.0]], "which": 2}
# inputs: {"x": [[1.0, 2.0]], "which": 3}
