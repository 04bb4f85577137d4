import torch


def views(x: torch.Tensor) -> list[torch.Tensor]:
    return [x.view(-1), x.view(2, -1), x.view(-1, 2), x.view(1, -1, 1), x.reshape(-1, 3)]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
# inputs: {"x": [[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]]}
