import torch


def infinities(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    inf = v / 0
    return [inf, inf - inf, inf * 0, torch.exp(inf), torch.sigmoid(inf), inf.amax(), -inf]


# inputs: {"x": [1.0, -1.0]}
# inputs: {"x": [[2.0], [-3.0]]}
# inputs: {"x": [5.0, 6.0, -7.0]}
