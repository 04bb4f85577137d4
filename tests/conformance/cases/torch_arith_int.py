import torch


def arith(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [a + b, a - b, a * b, a // b, a % b, a + 1, 2 * a, a == b, a < b, (a > 1) & (b > 1)]


# inputs: {"a": [7, -7, 3], "b": [2, 2, -4]}
