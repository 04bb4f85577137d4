import torch


def swap(x: torch.Tensor, a: int, b: int) -> torch.Tensor:
    return x.transpose(a, b)


# inputs: {"x": [[1, 2], [3, 4]], "a": 0, "b": -1}
# inputs: {"x": [[1, 2], [3, 4]], "a": 0, "b": 2}
# inputs: {"x": [[1, 2], [3, 4]], "a": -3, "b": 0}
