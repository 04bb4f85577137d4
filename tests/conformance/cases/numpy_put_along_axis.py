import numpy as np


def placed_along(x: np.ndarray, i: np.ndarray, v: np.ndarray) -> list[np.ndarray]:
    a = x.copy()
    np.put_along_axis(a, i, v, axis=1)
    b = x.astype(float)
    np.put_along_axis(b, i, 0.5, 1)
    c = x.copy()
    np.put_along_axis(c, i[:1, :1] % 2, v[:1, :1], axis=0)
    d = x.copy()
    np.put_along_axis(d, i[:1], v[:1], axis=-1)
    e = x.copy()
    np.put_along_axis(e.T, i.T, v.T, axis=0)
    return [a, b, c, d, e]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [[2, 0], [1, 1]], "v": [[10, 20], [30, 40]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [[0, 1], [2, 0]], "v": [[1.5], [2.5]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [[3, 0], [1, 1]], "v": [[10, 20], [30, 40]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [[0.5, 0], [1, 1]], "v": [[10, 20], [30, 40]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "i": [2, 0], "v": [[10, 20], [30, 40]]}
