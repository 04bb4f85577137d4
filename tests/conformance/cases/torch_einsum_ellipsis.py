import torch

# float-tolerance: 1e-12


def ellipsis(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    a = x.double().reshape(2, 2, 3)
    b = y.double().reshape(3, 2)
    return [
        torch.einsum("...ij,jk->...ik", a, b),
        torch.einsum("...ij,jk", a, b),
        torch.einsum("...ij", a),
        torch.einsum("...ij->ij", a),
        torch.einsum("...ij,...jk->...ik", a, a.transpose(1, 2)),
        torch.einsum("...i,...i->...", a, a),
        torch.einsum("b...,b...->b", a, a),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "y": [1.0, -1.0, 0.5, 2.0, 0.0, 3.0]}
# inputs: {"x": [0.5, 0.25, -1, 2, 0, 1, 3, -2, 1.5, 1, 0, -0.5], "y": [1, 2, 3, 4, 5, 6]}
