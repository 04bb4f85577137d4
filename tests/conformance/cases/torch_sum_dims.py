import torch

# float-tolerance: 1e-6


def sums(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [v.sum(), v.sum(0), v.sum(dim=1), torch.sum(v, -1), torch.sum(v, dim=-2), x.sum(1)]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5], [-0.5], [2.25]]}
# inputs: {"x": [[1e8, 1.0, -3e7]]}
