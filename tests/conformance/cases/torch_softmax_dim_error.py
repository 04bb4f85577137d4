import torch


def probabilities(x: torch.Tensor, dim: int) -> torch.Tensor:
    return torch.softmax(x.float(), dim=dim)


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "dim": -1}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "dim": 0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "dim": 3}
