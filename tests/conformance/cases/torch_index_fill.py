import torch


def index_filled(x: torch.Tensor, i: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    y = f.clone()
    returned = y.index_fill_(1, i, -2.5)
    return [
        f.index_fill(1, i, 7),
        torch.index_fill(f, -1, i, 0.5),
        x.index_fill(0, i[:1], 3.9),
        x.index_fill(1, i, torch.tensor(4.5)),
        f.index_fill(1, i, torch.tensor(-3)),
        x.bool().index_fill(1, i, 2),
        f.index_fill(1, i, float("-inf")),
        y,
        returned,
        f.t().index_fill(0, i, 1.0),
        f.index_fill(1, i[:0], 9),
        f.index_fill(1, torch.tensor(1), 9),
        torch.tensor(1.5).index_fill(0, torch.tensor([-1]), 2.5),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [0, -1]}
# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], "i": [2, 2, 1]}
