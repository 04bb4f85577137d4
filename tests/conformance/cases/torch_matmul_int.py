import torch


def int_products(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [a @ b, torch.matmul(a, b), a.int() @ b.int()]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[1, -1, 2]], "b": [[3], [4], [-5]]}
# inputs: {"a": [[0]], "b": [[9]]}
