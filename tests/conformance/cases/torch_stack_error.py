import torch


def stacked_pair(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.stack([a, b])


# inputs: {"a": [1, 2], "b": [3, 4]}
# inputs: {"a": [1, 2], "b": [3, 4, 5]}
# inputs: {"a": [[1, 2]], "b": [1, 2]}
