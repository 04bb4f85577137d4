import torch


def nan_paths(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    nan = (v - v) / (v - v)
    mixed = torch.where(v > 0, nan, v)
    return [
        mixed.sum(),
        mixed.amax(),
        mixed.amin(),
        torch.maximum(mixed, v),
        mixed.clamp(min=0.0),
        mixed * 0,
        mixed.isnan(),
    ]


# inputs: {"x": [1.0, -2.0, 3.0]}
# inputs: {"x": [-1.0, -2.0]}
# inputs: {"x": [[-1.0, 5.0], [-3.0, -4.0]]}
