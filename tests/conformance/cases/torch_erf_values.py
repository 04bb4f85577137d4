import torch

# float-tolerance: 1e-6


def erfs(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.erf(v), v.erf(), torch.erf(v.double())]


# inputs: {"x": [-3.0, -1.0, -0.1, 0.0, 0.1, 1.0, 3.0]}
# inputs: {"x": [0.5, 2.0, 6.0]}
# inputs: {"x": [[1e-05, -1e-05]]}
