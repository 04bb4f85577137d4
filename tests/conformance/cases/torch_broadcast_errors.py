import torch


def combine(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a * b


# inputs: {"a": [[1, 2, 3]], "b": [[1], [2]]}
# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[1, 2], [3, 4]]}
# inputs: {"a": [[[1, 2]]], "b": [[1, 2, 3]]}
