import torch

# float-tolerance: 1e-6


def reduce(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        v.sum(),
        v.sum(dim=0),
        v.sum(1, keepdim=True),
        torch.mean(v, dim=-1),
        v.amax(dim=1),
        v.amin(dim=0, keepdim=True),
        v.argmax(dim=1),
        torch.argmin(v),
        torch.logsumexp(v, dim=1),
        v.max(),
        v.norm(dim=1),
        torch.norm(v),
        v.prod(dim=1),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, -5.0, 6.0]]}
