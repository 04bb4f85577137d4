import torch


def multiply(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a.float() @ b.float()


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[1], [2], [3]]}
# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"a": [1, 2, 3], "b": [1, 2]}
