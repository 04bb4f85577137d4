import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def norms(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        F.log_softmax(v, dim=1),
        F.softmax(v, dim=0),
        F.layer_norm(v, (v.shape[-1],)),
        F.layer_norm(v, [3], torch.ones(3) * 2, torch.zeros(3) + 0.5, 1e-5),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [0.5, -0.5, 4.0]]}
