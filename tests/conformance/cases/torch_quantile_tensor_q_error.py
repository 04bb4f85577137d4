import torch


def cut(x: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    return torch.quantile(x.float(), q.float())


# inputs: {"x": [1.0, 2.0, 4.0], "q": [0.5, 0.25]}
# inputs: {"x": [1.0, 2.0, 4.0], "q": [0.5, 1.25]}
# inputs: {"x": [1.0, 2.0, 4.0], "q": [[0.5]]}
