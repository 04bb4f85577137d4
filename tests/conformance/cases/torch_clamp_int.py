import torch


def clamp_ints(x: torch.Tensor) -> list[torch.Tensor]:
    return [x.clamp(min=0), torch.clamp(x, min=-2, max=2), x.clamp(max=1.5), x.clamp(min=0.5)]


# inputs: {"x": [-5, -1, 0, 3, 7]}
# inputs: {"x": [[2, -2]]}
# inputs: {"x": [0]}
