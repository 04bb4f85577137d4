import torch

# float-tolerance: 1e-6


def contractions(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    return [
        torch.einsum("ij,jk->ik", x, y.T),
        torch.einsum("ij,ij->i", x, y),
        torch.einsum("ij->ji", x),
        torch.einsum("ij->j", x),
        torch.einsum("ij,kj->ik", x, y),
        torch.einsum("ij,ij->", x, y),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[0.5, 1.0, -1.0]], "b": [[2.0, 2.0, 2.0]]}
# inputs: {"a": [[1], [2], [3]], "b": [[4], [5], [6]]}
