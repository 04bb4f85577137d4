import torch


def reshaped(x: torch.Tensor) -> list[torch.Tensor]:
    t = x.t()
    return [t.reshape(-1), t.reshape(3, 2), t.contiguous().view(-1), t.flatten()]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, 1.5, 2.5], [-1.0, -2.0, -3.0]]}
