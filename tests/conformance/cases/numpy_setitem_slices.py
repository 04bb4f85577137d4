import numpy as np


def written(x: np.ndarray) -> list[np.ndarray]:
    a = x.copy()
    a[::2] = 0
    b = x.copy()
    b[1:3] = np.array([10, 20])
    c = x.copy()
    c[::-1] = x
    d = x.reshape(2, -1).copy()
    d[:, 0] = -1
    e = x.reshape(2, -1).copy()
    e[1] = e[0]
    f = x.reshape(2, -1).copy()
    f[...] = 7
    g = x.copy()
    g[-1] = 99
    return [a, b, c, d, e, f, g]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5]}
