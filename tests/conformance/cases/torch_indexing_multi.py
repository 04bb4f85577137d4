import torch


def multi(x: torch.Tensor, rows: list[int], cols: list[int]) -> list[torch.Tensor]:
    a = (torch.arange(24) * x[0] + x[1]).reshape(2, 3, 4)
    r = torch.tensor(rows)
    c = torch.tensor(cols)
    m = a[0]
    b = a.clone()
    b[r % 2, :, c] = 0
    e = a.clone()
    e[e > 10] = -1
    f = a.clone()
    f[0, :, c] = torch.arange(len(cols)) * 10
    return [
        m[r % 3, c],
        a[r % 2, :, c],
        a[:, r % 3, c],
        a[0, :, c],
        a[r % 2, 1, c],
        m[(r % 3)[:, None], c[None, :]],
        a[a > 5],
        a[:, m > 5],
        b,
        e,
        f,
        a[1, r % 3, :],
        a[r % 2, :, 0],
    ]


# inputs: {"x": [1, 1], "rows": [0, 2], "cols": [3, -1]}
# inputs: {"x": [-2, 5], "rows": [1, 1, 0], "cols": [0, 2, 1]}
