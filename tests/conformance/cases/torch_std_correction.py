import torch

# float-tolerance: 1e-6


def corrected(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        v.std(correction=0),
        v.var(dim=0, correction=0),
        torch.var(v, dim=1, correction=2),
        torch.std(v, correction=1),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 8.0, 16.0]]}
# inputs: {"x": [[2.0, 4.0, 6.0, 8.0]]}
# inputs: {"x": [[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [5.0, 5.0, 5.0]]}
