import torch


# Bitwise functions on integer and bool tensors, and with Python ints.
def bits(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    small = x.to(torch.uint8)
    return [
        torch.bitwise_and(x, y),
        x.bitwise_or(y),
        torch.bitwise_xor(x, 6),
        torch.bitwise_not(x),
        small.bitwise_not(),
        torch.bitwise_and(x > 0, y > 0),
        (x > 1).bitwise_not(),
        x.to(torch.int32).bitwise_xor(y),
    ]


# inputs: {"x": [5, 12, 0, 255], "y": [3, 10, 7, 1]}
# inputs: {"x": [[1, 2], [3, 4]], "y": [-1, 5]}
