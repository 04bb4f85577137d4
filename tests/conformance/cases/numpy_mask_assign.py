import numpy as np


def masked(x: np.ndarray, limit: float) -> list[np.ndarray]:
    a = x.copy()
    a[a > limit] = limit
    b = x.copy()
    b[b < 0] = 0
    c = x.copy()
    mask = c > limit
    c[mask] = c[mask] * 2
    d = x.copy()
    d[np.isnan(d)] = -1.0
    return [a, b, c, d, x[x > limit], x[~(x > limit)]]


# inputs: {"x": [1.0, -2.0, 3.0, 4.5], "limit": 2.0}
# inputs: {"x": [[1.0, -2.0], [3.0, 4.5]], "limit": 0.0}
# inputs: {"x": [-1.0, -2.0], "limit": 10.0}
