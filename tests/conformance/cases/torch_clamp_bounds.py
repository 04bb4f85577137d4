import torch


def clamps(x: torch.Tensor, low: float, high: float) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.clamp(v, min=low, max=high),
        v.clamp(min=low),
        v.clamp(max=high),
        torch.clamp(v, low, high),
    ]


# inputs: {"x": [-3.0, -1.0, 0.0, 1.0, 3.0], "low": -1.5, "high": 2.0}
# inputs: {"x": [[0.5, 9.0]], "low": 1.0, "high": 1.0}
# inputs: {"x": [5.0], "low": 2.0, "high": -2.0}
