import torch


def repeated(x: torch.Tensor) -> list[torch.Tensor]:
    return [x.repeat(2), x.repeat(2, 1), x.repeat(1, 3), x.repeat(2, 1, 2)]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [0.5, 1.5]}
