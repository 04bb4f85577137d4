import torch

# float-tolerance: 1e-6


def products(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    return [x @ y.T, torch.matmul(x, y.t()), torch.einsum("ij,kj->ik", x, y), torch.mm(x, y.T)]


# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "b": [[0.5, -1.0], [2.0, 0.0], [1.0, 1.0]]}
