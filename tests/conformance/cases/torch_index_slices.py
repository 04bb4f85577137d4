import torch


def sliced(x: torch.Tensor) -> list[torch.Tensor]:
    return [x[1:], x[:-1], x[::2], x[1::2], x[:, 1:3], x[..., -1], x[1:2, None]]


# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]}
# inputs: {"x": [[0.5, 1.5, 2.5], [3.5, 4.5, 5.5]]}
