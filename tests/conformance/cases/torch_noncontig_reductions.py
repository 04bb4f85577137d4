import torch

# float-tolerance: 1e-6


def strided_reduce(x: torch.Tensor) -> list[torch.Tensor]:
    t = x.float().permute(1, 0)
    return [t.sum(1), t.mean(0), t.amax(1), t.argmax(0), t.softmax(-1), t.cumsum(0), t.std(1)]


# inputs: {"x": [[1, 2, 3], [4, 5, 7]]}
# inputs: {"x": [[0.5, 0.25], [-1.0, 2.0], [3.0, 3.5]]}
