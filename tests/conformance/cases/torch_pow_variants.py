import torch

# float-tolerance: 1e-6


def powers(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [v**2, v**0.5, torch.pow(v, 3), v.pow(2), 2**v, x**2, torch.pow(v, v)]


# inputs: {"x": [1, 2, 3, 4]}
# inputs: {"x": [0.5, 1.5]}
# inputs: {"x": [[0, 1], [2, 3]]}
