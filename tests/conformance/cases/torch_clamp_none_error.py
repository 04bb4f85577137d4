import torch


def clamp_nothing(x: torch.Tensor, use_min: bool) -> torch.Tensor:
    if use_min:
        return torch.clamp(x.float(), min=0.0)
    return torch.clamp(x.float())


# inputs: {"x": [-1.0, 1.0], "use_min": true}
# inputs: {"x": [-1.0, 1.0], "use_min": false}
