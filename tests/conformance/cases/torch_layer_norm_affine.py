import torch
import torch.nn.functional as F

# float-tolerance: 1e-5


def normed(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    n = v.shape[-1]
    return [
        F.layer_norm(v, (n,), w.float(), b.float()),
        F.layer_norm(v, (n,), weight=w.float()),
        F.layer_norm(v, [n], bias=b.float(), eps=1e-3),
    ]


# inputs: {"x": [[1, 2, 3], [2, 2, 8]], "w": [1.0, 0.5, 2.0], "b": [0.0, 1.0, -1.0]}
# inputs: {"x": [[0.5, -0.5]], "w": [2.0, 2.0], "b": [0.1, 0.2]}
