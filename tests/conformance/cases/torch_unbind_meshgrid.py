import torch


def unbound(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    rows = torch.unbind(x)
    columns = x.unbind(-1)
    t = x.t().unbind(1)
    a, b = torch.meshgrid(x[0], y, indexing="ij")
    c, d = torch.meshgrid(x[0], y, indexing="xy")
    e, f, g = torch.meshgrid([x[0], y, x[1]], indexing="xy")
    h, k = torch.meshgrid(x[0], y)
    return [*rows, *columns, *t, a, b, c, d, e, f, g, h, k, *torch.meshgrid(y[0], y, indexing="xy")]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "y": [7, 8]}
# inputs: {"x": [[1, 2]], "y": [7, 8, 9]}
