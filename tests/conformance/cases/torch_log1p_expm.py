import torch

# float-tolerance: 1e-6


def small_logs(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.log1p(v), v.log1p(), torch.log1p(v.double()), torch.log(v)]


# inputs: {"x": [1e-07, 0.001, 1.0, 100.0]}
# inputs: {"x": [-0.5, 0.0]}
# inputs: {"x": [[-1.0, 2.0]]}
