import torch


# clamp_min / clamp_max: clamp with one bound, which keeps an integer tensor integer when
# the bound is an int.
def bounded(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.clamp_min(x, 0),
        x.clamp_min(0.5),
        torch.clamp_max(x, 2),
        x.clamp_max(-1.5),
        x.float().clamp_min(1e-9),
        torch.clamp_min(x.float() / 0, 0.0),
    ]


# inputs: {"x": [1, -2, 3, 0]}
# inputs: {"x": [1.5, -2.25, 3.0]}
# inputs: {"x": [[true, false]]}
