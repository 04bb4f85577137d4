import torch


def order(x: torch.Tensor) -> list[torch.Tensor]:
    values, indices = torch.sort(x, descending=True)
    return [values, indices, torch.argsort(x), x.argsort(descending=True)]


# inputs: {"x": [3.0, 1.0, 2.0, 5.0]}
