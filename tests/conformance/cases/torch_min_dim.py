import torch


def min_over(x: torch.Tensor) -> list[torch.Tensor]:
    values, indices = torch.min(x, dim=0)
    v2, i2 = x.min(1)
    v3, i3 = x.float().min(dim=-1, keepdim=True)
    return [values, indices, v2, i2, v3, i3, x.min()]


# inputs: {"x": [[1, 5, 3], [0, 2, 3]]}
# inputs: {"x": [[-1.5, -1.5], [2.0, -3.0]]}
# inputs: {"x": [[4], [4]]}
