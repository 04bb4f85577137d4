import torch

# float-tolerance: 1e-9


def symmetric_pinv_rank(x: torch.Tensor) -> list[torch.Tensor]:
    # hermitian=True: pinv and matrix_rank from eigh (x's lower triangle).
    a = x.double()
    return [
        torch.round(torch.linalg.pinv(a, hermitian=True), decimals=12),
        torch.linalg.matrix_rank(a, hermitian=True),
        torch.linalg.matrix_rank(a.float(), hermitian=True),
    ]


# inputs: {"x": [[2.0, -1.0, 0.0], [-1.0, -3.0, 0.5], [0.0, 0.5, 1.0]]}
# inputs: {"x": [[4.0, 2.0], [2.0, 1.0]]}
# inputs: {"x": [[[1.0, 2.0], [2.0, 1.0]], [[0.0, 0.0], [0.0, 0.0]]]}
