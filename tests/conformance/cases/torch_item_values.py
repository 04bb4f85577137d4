import torch


def items(x: torch.Tensor) -> list[float]:
    v = x.float()
    total: float = v.sum().item()
    biggest: float = v.max().item()
    first: float = v[0].item()
    return [total, biggest, first, float(v.mean())]


# inputs: {"x": [1.0, 2.5, -3.0]}
# inputs: {"x": [4.0]}
# inputs: {"x": [0.1, 0.2, 0.3, 0.4]}
