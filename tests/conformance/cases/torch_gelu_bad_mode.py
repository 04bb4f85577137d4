import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def gelu_mode(x: torch.Tensor, mode: str) -> torch.Tensor:
    return F.gelu(x.float(), approximate=mode)


# inputs: {"x": [1.0, 2.0], "mode": "none"}
# inputs: {"x": [1.0, 2.0], "mode": "tanh"}
# inputs: {"x": [1.0, 2.0], "mode": "fast"}
