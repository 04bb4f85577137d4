import numpy as np


def through_views(x: np.ndarray) -> np.ndarray:
    a = x.astype(np.int64)
    row = a[1]
    row[0] = 99
    col = a[:, 2]
    col *= 10
    t = a.T
    t[0, 0] = -5
    r = a.reshape(-1)
    r[-1] = 42
    return a


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
