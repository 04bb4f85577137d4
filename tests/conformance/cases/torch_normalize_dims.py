import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def unit(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        F.normalize(v),
        F.normalize(v, dim=0),
        F.normalize(v, p=2.0, dim=-1),
        F.normalize(v, dim=1, eps=1.0),
    ]


# inputs: {"x": [[3, 4], [0, 0], [1, 1]]}
# inputs: {"x": [[0.001, 0.002, 0.0]]}
# inputs: {"x": [[-5.0, 12.0]]}
