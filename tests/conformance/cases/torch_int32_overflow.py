import torch


def wrapped(x: torch.Tensor) -> list[torch.Tensor]:
    i32 = x.int()
    return [i32 + 1, i32 * 2, -i32, i32 - 3, i32.sum(), x + 1]


# inputs: {"x": [2147483647, -2147483648, 0]}
# inputs: {"x": [1073741824, 5]}
