import torch


def shared(x: torch.Tensor) -> list[torch.Tensor]:
    y = x.clone()
    v = y.view(2, 2)
    v[0, 1] = 100
    t = y.view(2, 2).t()
    t[1, 0] = -5
    return [y, v, t]


# inputs: {"x": [1, 2, 3, 4]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5]}
