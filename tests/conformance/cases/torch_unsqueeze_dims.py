import torch


def unsqueezed(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.unsqueeze(0),
        x.unsqueeze(1),
        x.unsqueeze(-1),
        torch.unsqueeze(x, -2),
        x.unsqueeze(2),
        x[None],
        x[:, None],
    ]


# inputs: {"x": [[1, 2], [3, 4]]}
# inputs: {"x": [[0.5, 1.5, 2.5]]}
