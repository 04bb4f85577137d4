import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def softmaxes(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.softmax(v, dim=-1),
        F.softmax(v, dim=0),
        v.softmax(dim=1),
        v.softmax(-1),
        torch.softmax(v * 1000, dim=-1),
        F.softmax(v.double(), dim=-1),
    ]


# inputs: {"x": [[1, 2, 3], [1, 1, 1]]}
# inputs: {"x": [[-100.0, 100.0]]}
# inputs: {"x": [[0.5], [0.25]]}
