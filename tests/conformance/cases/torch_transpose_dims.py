import torch


def swapped(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.transpose(0, 1),
        x.transpose(-1, -2),
        torch.transpose(x, 0, 2),
        x.transpose(1, 1),
        x.mT,
    ]


# inputs: {"x": [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]}
# inputs: {"x": [[[1.5]]]}
