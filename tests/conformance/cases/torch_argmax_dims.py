import torch


def best(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.argmax(),
        torch.argmax(x, dim=0),
        x.argmax(dim=1),
        x.argmax(-1, keepdim=True),
        torch.argmin(x, dim=-2),
        x.argmin(1),
    ]


# inputs: {"x": [[1, 9, 9], [7, 2, 0]]}
# inputs: {"x": [[0.5, 0.25], [0.5, 1.0], [-2.0, 3.0]]}
# inputs: {"x": [[3]]}
