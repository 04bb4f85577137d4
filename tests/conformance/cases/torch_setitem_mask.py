import torch


def zero_out(x: torch.Tensor) -> list[torch.Tensor]:
    y = x.clone()
    y[y < 0] = 0
    z = x.float()
    z[z > 2] = 2.5
    return [y, z, x]


# inputs: {"x": [-1, 2, -3, 4]}
# inputs: {"x": [[5, -5], [0, 1]]}
