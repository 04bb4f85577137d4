import torch


# torch's logical_* (any dtype in, bool out), bitwise_* (integers and bool), isinf, square,
# absolute, sgn, floor_divide, remainder and true_divide, as functions and methods.
def ops(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.logical_not(x),
        x.logical_not(),
        torch.logical_and(x, y),
        x.logical_or(y),
        torch.logical_xor(x, y / 2),
        torch.isinf(x / y),
        x.square(),
        torch.square(y),
        torch.absolute(x - y),
        (x - y).sgn(),
        torch.floor_divide(x, y),
        x.remainder(y),
        torch.remainder(x, 3),
        torch.true_divide(x, y),
        x.floor_divide(2),
    ]


# inputs: {"x": [1.5, -2.0, 0.0, 7.0], "y": [0.0, 2.0, -3.0, 2.5]}
# inputs: {"x": [5, -7, 0, 9], "y": [2, 3, -4, 1]}
# inputs: {"x": [[1, 2], [3, 4]], "y": [-1, 5]}
