import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def gelus(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [F.gelu(v), F.gelu(v.double()), F.gelu(v / 2)]


# inputs: {"x": [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 4.0]}
# inputs: {"x": [[0.1, 0.2], [-0.3, 2.5]]}
# inputs: {"x": [10.0, -0.75]}
