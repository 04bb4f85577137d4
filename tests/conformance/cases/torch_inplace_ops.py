import torch


def accumulate(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    a = x.float()
    a += y.float()
    a *= 2
    a -= 1
    a /= 4
    b = x.clone()
    b += y
    b *= 3
    return [a, b, x]


# inputs: {"x": [1, 2, 3], "y": [4, 5, 6]}
# inputs: {"x": [[1, 2], [3, 4]], "y": [10, 20]}
# inputs: {"x": [-1], "y": [1]}
