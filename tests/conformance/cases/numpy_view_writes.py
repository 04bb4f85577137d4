import numpy as np


def through_views(x: np.ndarray) -> list[np.ndarray]:
    a = x.copy()
    v = a[1:]
    v[0] = 100
    t = a.reshape(2, -1).T
    t[0, 1] = -5
    s = a[::2]
    s += 1
    r = a[::-1]
    r[0] = 42
    c = a.copy()
    c[0] = 0
    e = np.expand_dims(a, 0)
    e[0, 0] = 7
    return [a, v, t, s, r, c]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5]}
