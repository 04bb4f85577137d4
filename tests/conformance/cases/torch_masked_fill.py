import torch


def filled(x: torch.Tensor, m: torch.Tensor) -> list[torch.Tensor]:
    mask = m > 0
    v = x.float()
    y = x.clone()
    y.masked_fill_(mask, 0)
    return [
        v.masked_fill(mask, -1.5),
        x.masked_fill(mask, 100),
        x.masked_fill(mask, 2.7),
        v.masked_fill(~mask, float("-inf")),
        y,
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "m": [[1, 0, 1], [0, 0, 1]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "m": [1, 0, 0]}
