import torch


def rounding(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [torch.floor(v), torch.ceil(v), torch.round(v), v.floor(), v.ceil(), v.round()]


# inputs: {"x": [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]}
# inputs: {"x": [1.2, -1.2, 3.7, -3.7]}
# inputs: {"x": [[0.0, 100.49]]}
