import torch


def peaks(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.amax(),
        torch.amax(x, dim=0),
        x.amin(dim=(0, 1)),
        torch.amin(x, -1, keepdim=True),
        x.amax((1,)),
    ]


# inputs: {"x": [[1, 9, -3], [4, 0, 2]]}
# inputs: {"x": [[0.5], [-0.5]]}
# inputs: {"x": [[2, 2]]}
