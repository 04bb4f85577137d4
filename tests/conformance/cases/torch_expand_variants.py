import torch


def expanded(x: torch.Tensor) -> list[torch.Tensor]:
    col = x.unsqueeze(1)
    return [
        col.expand(-1, 3),
        col.expand(x.shape[0], 2),
        x.expand(2, -1),
        x.expand(2, 2, x.shape[0]),
        col.expand(-1, 2) * 10,
    ]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [0.5]}
