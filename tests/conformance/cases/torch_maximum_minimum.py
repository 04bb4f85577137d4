import torch


def extremes(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.maximum(x, y),
        torch.minimum(x, y),
        x.maximum(y),
        x.minimum(y),
        torch.maximum(x.float(), y),
    ]


# inputs: {"x": [1, 5, -3], "y": [2, 4, -3]}
# inputs: {"x": [[1], [6]], "y": [[0, 9]]}
# inputs: {"x": [0], "y": [-1]}
