import torch


def ranges(n: int) -> list[torch.Tensor]:
    return [
        torch.arange(n),
        torch.arange(1, n),
        torch.arange(0, n, 2),
        torch.arange(n, 0, -1),
        torch.arange(0.0, 1.0, 0.25),
        torch.arange(n, dtype=torch.float32),
    ]


# inputs: {"n": 5}
# inputs: {"n": 1}
# inputs: {"n": 0}
