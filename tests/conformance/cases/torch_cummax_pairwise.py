import torch
import torch.nn.functional as F


def running(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    # cummax / cummin take the latest of equal values and every NaN; pairwise_distance adds
    # eps before the norm over the last dimension.
    grid = a.reshape(2, -1)
    out = [torch.cummax(a, 0).values, torch.cummax(a, dim=0).indices, a.cummin(0)[0]]
    out += [a.cummin(0)[1], torch.cummax(grid, 1).indices, grid.cummax(dim=-2).values]
    out += [torch.cummin(grid.int(), 1).values, torch.cummax(a[0], 0).indices]
    out += [torch.cummax(a[:0], 0).values]
    out += [F.pairwise_distance(grid, b.reshape(2, -1)), F.pairwise_distance(a, b, p=1.0)]
    out += [F.pairwise_distance(grid, b[:3], keepdim=True, eps=0.0)]
    out += [F.pairwise_distance(grid, b.reshape(2, -1), p=float("inf"))]
    return out


# inputs: {"a": [1.0, 3.0, 3.0, 2.0, NaN, 5.0], "b": [0.5, 1.0, -2.0, 4.0, 0.0, 1.0]}
# inputs: {"a": [4.0, -1.0, 4.0, 0.0, -1.0, 9.0], "b": [1.0, 1.0, 1.0, 2.0, 2.0, 2.0]}
# float-tolerance: 1e-6
