import torch


def pieces(x: torch.Tensor) -> list[list[torch.Tensor]]:
    return [
        list(x.split(2)),
        list(torch.split(x, 3, dim=0)),
        list(x.chunk(2)),
        list(torch.chunk(x, 3)),
        list(x.split([1, x.shape[0] - 1])),
    ]


# inputs: {"x": [1, 2, 3, 4, 5]}
# inputs: {"x": [[1, 2], [3, 4], [5, 6], [7, 8]]}
# inputs: {"x": [9, 8]}
