import torch


def stacked(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.stack([a, b]),
        torch.stack([a, b], dim=1),
        torch.stack((a, b), dim=-1),
        torch.stack([a, b, a], 0).sum(0),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [0.5, 1.0, 1.5], "b": [2.0, 2.5, 3.0]}
