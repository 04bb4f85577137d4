import torch


def info(x: torch.Tensor) -> list[int]:
    best: int = x.argmax().item()
    return [best, x.size(0), x.size(-1), x.dim(), x.numel(), len(x), int(x.sum())]


# inputs: {"x": [[1, 9], [3, 4]]}
