import torch


def choose_scalar(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    return [
        torch.where(v > 0, v, 0.0),
        torch.where(v > 0, 1.0, v),
        torch.where(x > 0, x, -1),
        torch.where(x > 0, x, 0.5),
    ]


# inputs: {"x": [-2, -1, 0, 1, 2]}
# inputs: {"x": [[3, -3], [0, 7]]}
# inputs: {"x": [5]}
