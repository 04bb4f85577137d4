import torch

# float-tolerance: 1e-6


def variances(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        v.var(unbiased=False),
        v.var(unbiased=True),
        v.std(unbiased=False),
        torch.var(v, 1, unbiased=False),
        torch.std(v, 0, True),
    ]


# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]]}
# inputs: {"x": [[1.0], [1.0], [4.0]]}
# inputs: {"x": [[10.0, -10.0, 0.0]]}
