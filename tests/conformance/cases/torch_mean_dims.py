import torch

# float-tolerance: 1e-6


def means(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [v.mean(), v.mean(0), v.mean(dim=-1, keepdim=True), torch.mean(v, 1), x.double().mean(0)]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]}
# inputs: {"x": [[-1e-3]]}
