import torch

# float-tolerance: 1e-6


def vector_products(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    x = a.float()
    y = b.float()
    m = torch.stack([x, y])
    return [x @ y, torch.matmul(m, x), x @ m.T, torch.dot(x, y), x.dot(y)]


# inputs: {"a": [1, 2, 3], "b": [4, 5, 6]}
# inputs: {"a": [0.5, -0.5], "b": [2.0, 2.0]}
# inputs: {"a": [3], "b": [7]}
