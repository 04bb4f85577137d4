import torch


def joined(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.cat([a, b]),
        torch.cat([a, b], dim=1),
        torch.cat((a, b), -1),
        torch.cat([a, b.float()], 0),
        torch.cat([a]),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[0.5]], "b": [[1.5]]}
