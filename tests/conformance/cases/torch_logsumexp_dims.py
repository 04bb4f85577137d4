import torch

# float-tolerance: 1e-6


def lse(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.logsumexp(v, dim=1),
        v.logsumexp(0),
        torch.logsumexp(v, dim=-1, keepdim=True),
        torch.logsumexp(v * 100, dim=1),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [-1.0, 0.0, 1000.0]]}
# inputs: {"x": [[0.0, 0.0]]}
# inputs: {"x": [[-50.0, -51.0], [3.5, 3.5]]}
