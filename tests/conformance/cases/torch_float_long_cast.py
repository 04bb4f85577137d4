import torch


def casts(x: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    return [f.long(), f.int(), f.double(), (f > 0).long(), f.bool().float()]


# inputs: {"x": [1.9, -1.9, 0.0, 2.5]}
# inputs: {"x": [-0.4, 0.4]}
# inputs: {"x": [[3.99, -3.99], [7.0, 0.0]]}
