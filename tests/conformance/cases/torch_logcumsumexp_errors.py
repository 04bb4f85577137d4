import torch


def log_running_failing(x: torch.Tensor, dim: int) -> torch.Tensor:
    return torch.logcumsumexp(x, dim)


# inputs: {"x": [[1, 2], [3, 4]], "dim": 0}
# inputs: {"x": [[true, false]], "dim": 0}
# inputs: {"x": [[1.5, 2], [3, 4]], "dim": 2}
