import torch


def permuted_by(x: torch.Tensor, a: int, b: int) -> torch.Tensor:
    return x.permute(a, b)


# inputs: {"x": [[1, 2], [3, 4]], "a": 1, "b": 0}
# inputs: {"x": [[1, 2], [3, 4]], "a": 0, "b": 0}
# inputs: {"x": [[1, 2], [3, 4]], "a": 0, "b": 2}
