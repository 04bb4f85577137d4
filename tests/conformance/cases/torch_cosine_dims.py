import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def cosines(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    return [
        F.cosine_similarity(x, y, dim=0),
        F.cosine_similarity(x, y, dim=1),
        F.cosine_similarity(x, y, dim=-1, eps=1e-3),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[2, 4], [-3, -4]]}
# inputs: {"a": [[0.0, 1.0, 0.0]], "b": [[1.0, 0.0, 0.0]]}
# inputs: {"a": [[0.001, 0.0]], "b": [[0.001, 0.0]]}
