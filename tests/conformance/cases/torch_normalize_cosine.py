import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def similarity(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    return [
        F.normalize(x, p=2, dim=1),
        F.cosine_similarity(x, y),
        F.cosine_similarity(x, y, dim=-1),
    ]


# inputs: {"a": [[3.0, 4.0], [1.0, 0.0]], "b": [[1.0, 1.0], [0.0, 2.0]]}
# inputs: {"a": [[0.0, 0.0]], "b": [[1.0, 2.0]]}
