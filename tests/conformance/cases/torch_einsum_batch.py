import torch

# float-tolerance: 1e-6


def attention(q: torch.Tensor, k: torch.Tensor) -> list[torch.Tensor]:
    x = q.float()
    y = k.float()
    return [
        torch.einsum("bqd,bkd->bqk", x, y),
        torch.einsum("bij,bjk->bik", x, y.transpose(1, 2)),
        torch.einsum("bsd->bd", x),
        torch.einsum("bij->b", x),
    ]


# inputs: {"q": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "k": [[[1, 0], [0, 1]], [[2, 1], [1, 2]]]}
# inputs: {"q": [[[0.5, -1.5, 2.0]]], "k": [[[1.0, 1.0, 1.0], [2.0, 0.0, -2.0]]]}
