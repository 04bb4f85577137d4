import torch


def choose(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    a = x.float()
    b = y.float()
    return [torch.where(a > b, a, b), torch.where(a < 0, b, a), torch.where(b == 0, a, b * 2)]


# inputs: {"x": [1.0, -2.0, 3.0], "y": [0.0, 5.0, 3.0]}
# inputs: {"x": [[1.0], [-1.0]], "y": [[2.0, 0.0]]}
# inputs: {"x": [0.0], "y": [0.0]}
