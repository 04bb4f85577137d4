import torch


def squeezed(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.squeeze(),
        x.squeeze(0),
        x.squeeze(1),
        x.squeeze(-1),
        torch.squeeze(x, 2),
        torch.squeeze(x),
    ]


# inputs: {"x": [[[1], [2], [3]]]}
# inputs: {"x": [[[1, 2]]]}
# inputs: {"x": [[[5]]]}
