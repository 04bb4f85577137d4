import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def normed_to(x: torch.Tensor, n: int) -> torch.Tensor:
    return F.layer_norm(x.float(), (n,))


# inputs: {"x": [[1, 2, 3]], "n": 3}
# inputs: {"x": [[1, 2, 3]], "n": 2}
