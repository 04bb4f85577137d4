import torch


def fancy(x: torch.Tensor, idx: torch.Tensor) -> list[torch.Tensor]:
    return [x[idx], x[idx].sum(), x[torch.tensor([0, 0])]]


# inputs: {"x": [10, 20, 30, 40], "idx": [3, 0, 2]}
# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "idx": [2, -1]}
