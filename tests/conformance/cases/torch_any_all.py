import torch


def truth(x: torch.Tensor) -> list[torch.Tensor]:
    b = x > 0
    return [
        b.any(),
        b.all(),
        b.any(dim=0),
        torch.all(b, dim=1),
        b.any(-1, keepdim=True),
        x.any(),
        x.all(dim=0),
    ]


# inputs: {"x": [[1, 0, 3], [4, 5, 6]]}
# inputs: {"x": [[0, 0], [0, 0]]}
# inputs: {"x": [[-1, 2]]}
