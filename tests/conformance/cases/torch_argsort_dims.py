import torch


def ranks(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.argsort(x),
        torch.argsort(x, dim=0),
        x.argsort(dim=-1, descending=True),
        torch.argsort(x, descending=True),
    ]


# inputs: {"x": [[3, 1, 2], [0, 8, 7]]}
# inputs: {"x": [[0.5, -0.5], [1.5, -1.5], [0.0, 2.0]]}
