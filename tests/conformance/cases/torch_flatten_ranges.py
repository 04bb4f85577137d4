import torch


def flattened(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.flatten(),
        x.flatten(1),
        x.flatten(0, 1),
        torch.flatten(x, start_dim=1, end_dim=-1),
        torch.flatten(x, -2),
    ]


# inputs: {"x": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]}
# inputs: {"x": [[[0.5, 1.5, 2.5]]]}
