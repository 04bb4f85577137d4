import torch


def spread_failing(x: torch.Tensor, which: int) -> tuple[torch.Tensor, torch.Tensor]:
    if which == 0:
        return torch.std_mean(x)
    if which == 1:
        return torch.var_mean(x, 1)
    return torch.std_mean(x.float(), 2)


# inputs: {"x": [[1, 2], [3, 4]], "which": 0}
# inputs: {"x": [[1, 2], [3, 4]], "which": 1}
# inputs: {"x": [[1, 2], [3, 4]], "which": 2}
