import torch

# float-tolerance: 1e-6


def spread(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [v.std(), v.var(), torch.std(v, dim=1), torch.var(v, dim=0), v.std(dim=-1, keepdim=True)]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 8.0, 16.0]]}
# inputs: {"x": [[0.5, 0.5], [0.5, 0.5]]}
# inputs: {"x": [[-1.0, 1.0, -1.0, 1.0]]}
