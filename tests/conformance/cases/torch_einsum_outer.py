import torch


def outer(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.einsum("i,j->ij", a, b),
        torch.einsum("i,i->", a, b),
        torch.einsum("ii->i", a[:, None] * b),
    ]


# inputs: {"a": [1, 2, 3], "b": [4, 5, 6]}
# inputs: {"a": [0, -1], "b": [2, 3]}
