import torch

# float-tolerance: 1e-6


def squash(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.sigmoid(v), v.sigmoid(), torch.tanh(v), v.tanh(), torch.sigmoid(v.double())]


# inputs: {"x": [-20.0, -1.0, 0.0, 1.0, 20.0]}
# inputs: {"x": [[0.25, -0.25]]}
# inputs: {"x": [100.0, -100.0]}
