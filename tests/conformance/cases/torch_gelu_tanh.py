import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def gelu_tanh(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [F.gelu(v, approximate="tanh"), F.gelu(v.double(), approximate="tanh")]


# inputs: {"x": [-3.0, -0.7, 0.0, 0.7, 3.0]}
# inputs: {"x": [[1.5, -1.5]]}
# inputs: {"x": [0.044715]}
