import torch


def index_copied(x: torch.Tensor, i: torch.Tensor, s: torch.Tensor) -> list[torch.Tensor]:
    y = x.clone()
    returned = y.index_copy_(0, i, s)
    return [
        x.index_copy(0, i, s),
        torch.index_copy(x, -2, i, s),
        x.float().index_copy(0, i, s.float()),
        y,
        returned,
        x.t().index_copy(1, i, s.t()),
        x[:, ::2].index_copy(0, i, s[:, ::2]),
        x.index_copy(0, i[:0], s[:0]),
        x[0].index_copy(0, i[:1], s[0, 0]),
        torch.tensor(1.5).index_copy(0, torch.tensor([0]), torch.tensor(2.5)),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "i": [2, 0], "s": [[10, 20, 30], [40, 50, 60]]}
# inputs: {"x": [[1.5, 2], [3, 4]], "i": [1], "s": [[-1.5, -2]]}
