import torch

# float-tolerance: 1e-6


def batch_products(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.bmm(a.float(), b.float())


# inputs: {"a": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "b": [[[1, 0], [0, 1]], [[2, 1], [1, 2]]]}
# inputs: {"a": [[[1, 2, 3]]], "b": [[[1], [2], [3]]]}
# inputs: {"a": [[[1, 2, 3]]], "b": [[[1], [2]]]}
# inputs: {"a": [[1, 2, 3]], "b": [[[1], [2], [3]]]}
