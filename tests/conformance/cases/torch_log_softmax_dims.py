import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def log_probs(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.log_softmax(v, dim=-1),
        F.log_softmax(v, dim=0),
        F.log_softmax(v * 50, dim=1),
        torch.log_softmax(v.double(), dim=1),
    ]


# inputs: {"x": [[1, 2, 3], [1, 1, 1]]}
# inputs: {"x": [[-20.0, 20.0]]}
# inputs: {"x": [[3.5], [-3.5]]}
