import torch

# float-tolerance: 1e-6


def exp_log(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.exp(v), torch.log(v.abs() + 1), v.exp().log(), torch.log1p(v.abs()), v.sqrt()]


# inputs: {"x": [0.0, 1.0, 2.5, 10.0]}
# inputs: {"x": [-1.0, 0.5]}
# inputs: {"x": [[0.001, 100.0], [3.0, 4.0]]}
