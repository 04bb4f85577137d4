import torch


def selected(x: torch.Tensor, idx: torch.Tensor) -> list[torch.Tensor]:
    return [torch.index_select(x, 0, idx), x.index_select(1, idx), x.index_select(-1, idx)]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "idx": [2, 0]}
# inputs: {"x": [[0.5, 1.5], [2.5, 3.5]], "idx": [1, 1, 0]}
