import torch
import torch.nn.functional as F

# float-tolerance: 1e-5


def normed_3d(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [F.layer_norm(v, (v.shape[-1],)), F.layer_norm(v, (v.size(1), v.size(2)))]


# inputs: {"x": [[[1, 2], [3, 4]], [[5, 6], [7, 9]]]}
# inputs: {"x": [[[0.5, 0.5, 1.0]]]}
