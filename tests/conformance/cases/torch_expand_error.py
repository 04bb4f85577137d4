import torch


def widen(x: torch.Tensor, n: int) -> torch.Tensor:
    return x.expand(n, 3)


# inputs: {"x": [[1, 2, 3]], "n": 2}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "n": 4}
# inputs: {"x": [[1, 2]], "n": 2}
