import torch


def logic(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    a = x > 0
    b = y > 0
    return [a & b, a | b, a ^ b, ~a, x & y, x | y, x ^ y, ~x]


# inputs: {"x": [1, 0, -3, 6], "y": [1, 1, 0, 3]}
# inputs: {"x": [[5], [0]], "y": [[3, -2]]}
# inputs: {"x": [0], "y": [0]}
