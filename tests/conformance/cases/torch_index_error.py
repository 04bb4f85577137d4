import torch


def pick(x: torch.Tensor, i: int) -> torch.Tensor:
    return x[i]


# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "i": 2}
# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "i": -3}
# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "i": 3}
# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "i": -4}
