import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def unit_l1(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [F.normalize(v, p=1.0, dim=1), F.normalize(v, p=1, dim=0), F.normalize(v, p=3.0, dim=-1)]


# inputs: {"x": [[3, -4], [1, 1]]}
# inputs: {"x": [[0.0, 0.0], [2.0, 6.0]]}
