import torch

# float-tolerance: 1e-6


def batched(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    return [x @ y, torch.matmul(x, y), x.matmul(y)]


# inputs: {"a": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "b": [[[1, 0], [0, 1]], [[2, 1], [1, 2]]]}
# inputs: {"a": [[[1, 2, 3]]], "b": [[1], [2], [3]]}
# inputs: {"a": [[[0.5, 1.5]], [[2.5, -1.0]]], "b": [[[2.0], [4.0]]]}
