import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def pointwise(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.exp(v),
        torch.sigmoid(v),
        torch.relu(v),
        F.gelu(v),
        F.gelu(v, approximate="tanh"),
        torch.tanh(v),
        torch.erf(v),
        torch.rsqrt(v.abs() + 1),
        torch.clamp(v, min=-0.5, max=0.5),
        v.clamp(min=0),
        torch.where(v > 0, v, 0.0),
        torch.maximum(v, torch.zeros(4)),
        v**2,
        -v,
    ]


# inputs: {"x": [-2.0, -0.25, 0.5, 3.0]}
