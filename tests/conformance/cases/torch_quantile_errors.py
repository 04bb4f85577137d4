import torch


def cut(x: torch.Tensor, q: float) -> torch.Tensor:
    return torch.quantile(x, q)


# inputs: {"x": [1.0, 2.0, 4.0], "q": 0.5}
# inputs: {"x": [1.0, 2.0, 4.0], "q": 1.5}
# inputs: {"x": [1, 2, 4], "q": 0.5}
# inputs: {"x": [], "q": 0.5}
