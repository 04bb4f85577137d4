import torch


def columns(x: torch.Tensor) -> list[torch.Tensor]:
    first, rest = x.split([1, 2], dim=1)
    halves = x.chunk(2, dim=-1)
    return [first, rest, halves[0], halves[-1], x.split(1, dim=0)[1]]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, 1.5, 2.5], [3.5, 4.5, 5.5], [6.5, 7.5, 8.5]]}
