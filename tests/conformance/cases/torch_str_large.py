import torch


def large(n: int, m: int, scale: float) -> list[str]:
    flat = torch.arange(n * m).float() * scale - 7.0
    grid = flat.reshape(n, m)
    return [
        str(flat),
        str(grid),
        str(flat.long()),
        str(grid.long()),
        str(grid.double()),
        str(grid > 3.0),
        str(grid.reshape(n, m, 1)),
        str(flat.reshape(1, -1, 1)[:, :5]),
        str(grid.int()),
    ]


# inputs: {"n": 3, "m": 4, "scale": 1.0}
# inputs: {"n": 5, "m": 30, "scale": 0.37}
# inputs: {"n": 40, "m": 30, "scale": 1.0}
# inputs: {"n": 40, "m": 30, "scale": 0.001}
# inputs: {"n": 1, "m": 1001, "scale": 2.5}
# inputs: {"n": 7, "m": 7, "scale": 1e5}
# inputs: {"n": 2, "m": 50, "scale": 1.0}
