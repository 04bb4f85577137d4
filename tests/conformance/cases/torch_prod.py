import torch

# float-tolerance: 1e-6


def products(x: torch.Tensor) -> list[torch.Tensor]:
    return [x.prod(), torch.prod(x, 0), x.prod(dim=1, keepdim=True), x.float().prod(-1)]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, 4.0], [-2.0, 0.25]]}
# inputs: {"x": [[0, 9]]}
