import numpy as np


def assign(x: np.ndarray, rows: list[int], cols: list[int]) -> list[np.ndarray]:
    a = (np.arange(24) * x[0] + x[1]).reshape(2, 3, 4).astype(np.float64)
    r = np.array(rows)
    c = np.array(cols)
    b = a.copy()
    b[r % 2, :, c] = -1.0
    d = a.copy()
    d[0][r % 3, c] = np.arange(len(rows)) * 10.0
    e = a.copy()
    e[:, r % 3, c] = e[:, r % 3, c] * 2.0
    f = a.copy()
    f[f > 10] = 0.0
    g = a.copy()
    g[g[:, :, 0] > 3] = np.array([7.0, 8.0, 9.0, 10.0])
    h = a.copy()
    h[r % 2, 1, c] = np.arange(len(rows))
    k = a.copy()
    k[(r % 2)[:, None], :, c[None, :]] = 5.0
    m = a.copy()
    m[:, m[0] > 6] = -2.0
    return [b, d, e, f, g, h, k, m]


# inputs: {"x": [1, 1], "rows": [0, 2], "cols": [3, -1]}
# inputs: {"x": [-2, 5], "rows": [1, 1, 0], "cols": [0, 2, 1]}
