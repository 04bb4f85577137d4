import torch


def top(x: torch.Tensor, k: int) -> list[torch.Tensor]:
    values, indices = torch.topk(x, k)
    return [values, indices]


# inputs: {"x": [4, 1, 3], "k": 3}
# inputs: {"x": [4, 1, 3], "k": 0}
# inputs: {"x": [4, 1, 3], "k": 4}
