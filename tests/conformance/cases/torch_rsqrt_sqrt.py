import torch

# float-tolerance: 1e-6


def roots(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.rsqrt(v), v.rsqrt(), torch.sqrt(v), v.sqrt() * v.rsqrt()]


# inputs: {"x": [1.0, 4.0, 0.25, 2.0]}
# inputs: {"x": [0.0, 16.0]}
# inputs: {"x": [-1.0, 9.0]}
