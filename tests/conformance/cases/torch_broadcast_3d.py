import torch


def broadcast(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [a + b, a * b, a - b.float(), torch.maximum(a, b), a > b]


# inputs: {"a": [[[1, 2, 3]], [[4, 5, 6]]], "b": [[1], [2]]}
# inputs: {"a": [[[1]], [[2]]], "b": [10, 20, 30]}
# inputs: {"a": [[[1, 2]]], "b": [[[3], [4]]]}
