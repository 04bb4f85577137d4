import torch

# float-tolerance: 1e-6


def softmax_edges(x: torch.Tensor, scale: float) -> list[torch.Tensor]:
    # float32 rows through the vectorized passes (max, exp and sum, divide): whole vectors
    # and a tail; a row of -inf (NaN, as torch gives), rows with +inf or NaN, values only
    # the max keeps from overflowing; along the last dim and along another.
    first = torch.cat([x.float().reshape(1, -1), torch.arange(14).float().reshape(1, 14) - 4], 1)
    v = torch.cat([first, (torch.arange(38).float().reshape(2, 19) - 9) * scale])
    blocked = torch.where(v > 5, v, -v / 0)
    return [
        torch.softmax(v, dim=-1),
        torch.softmax(v, dim=0),
        torch.softmax(blocked, dim=-1),
        torch.softmax(v * 1000, dim=-1),
        torch.softmax(v.double(), dim=-1),
        torch.softmax(torch.cat([v, v / 0, v * float("nan")], dim=0), dim=-1),
    ]


# inputs: {"x": [60.0, 70.0, 110.0, 55.0, 51.0], "scale": 0.5}
# inputs: {"x": [1.0, 2.0, 18.5, -3.25, 0.0], "scale": 7.0}
# inputs: {"x": [-100.0, 100.0, 88.0, -88.0, 0.25], "scale": 100.0}
