import torch


def sums_over(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.sum(dim=(0, 1)),
        x.sum((1, 2)),
        torch.sum(x, dim=(0, -1)),
        x.sum((0, 2), keepdim=True),
        x.float().mean((1, 2)),
    ]


# inputs: {"x": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]}
# inputs: {"x": [[[1, 2, 3]], [[4, 5, 6]]]}
# inputs: {"x": [[[0]]]}
