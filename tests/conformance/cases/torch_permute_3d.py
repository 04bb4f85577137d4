import torch


def permuted(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.permute(2, 0, 1),
        x.permute(0, 2, 1),
        x.permute(-1, -2, -3),
        x.permute(1, 0, 2).reshape(-1),
        torch.permute(x, (2, 1, 0)),
    ]


# inputs: {"x": [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]}
# inputs: {"x": [[[0.5, 1.5, 2.5]]]}
