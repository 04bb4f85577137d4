import torch


def chunked(x: torch.Tensor, n: int) -> list[torch.Tensor]:
    return list(x.chunk(n))


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7], "n": 3}
# inputs: {"x": [1, 2, 3], "n": 5}
# inputs: {"x": [1, 2, 3], "n": 0}
