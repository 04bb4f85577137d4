import torch


def bool_mix(x: torch.Tensor) -> list[torch.Tensor]:
    b = x > 1
    return [b + b, b * 3, b + 1.5, b.float() + b, b & (x < 3), b.sum(), b.long() + b]


# inputs: {"x": [0, 1, 2, 3]}
# inputs: {"x": [[2], [0]]}
