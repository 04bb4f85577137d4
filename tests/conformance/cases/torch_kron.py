import torch


def kronecker(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [torch.kron(a, b), a.kron(b[0]), torch.kron(a.int(), b.double()), torch.kron(a, b[:0])]


# inputs: {"a": [[1.0, 2.0], [3.0, -4.0]], "b": [[0.5, 1.0, 2.0]]}
