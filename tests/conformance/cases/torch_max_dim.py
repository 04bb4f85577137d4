import torch


def max_over(x: torch.Tensor) -> list[torch.Tensor]:
    values, indices = torch.max(x, dim=1)
    v2, i2 = x.max(0)
    v3, i3 = x.max(dim=-1, keepdim=True)
    return [values, indices, v2, i2, v3, i3]


# inputs: {"x": [[1, 5, 3], [9, 2, 9]]}
# inputs: {"x": [[1.5, -1.5], [0.0, 0.0]]}
# inputs: {"x": [[4]]}
