import numpy as np


def scatter(x: np.ndarray, ids: list[int]) -> list[np.ndarray]:
    a = x.copy()
    idx = np.array(ids)
    a[idx] = 0
    b = x.copy()
    b[idx] = np.arange(len(ids)) * 10
    c = x.reshape(len(ids), -1).copy() if x.size % len(ids) == 0 else x.reshape(1, -1).copy()
    c[0] = -1
    d = x.copy()
    d[idx] += 100
    return [a, b, c, d]


# inputs: {"x": [1, 2, 3, 4, 5, 6], "ids": [0, 3]}
# inputs: {"x": [1, 2, 3, 4, 5, 6], "ids": [-1, 1, 2]}
# inputs: {"x": [1.5, 2.5, 3.5, 4.5], "ids": [2, 2]}
