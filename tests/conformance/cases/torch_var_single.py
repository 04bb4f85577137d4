import torch


def single(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [v.var(), v.std(), v.var(correction=0)]


# inputs: {"x": [3.0]}
# inputs: {"x": [3.0, 5.0]}
