import numpy as np


def placed(x: np.ndarray, ind: np.ndarray, v: np.ndarray) -> list[np.ndarray]:
    a = x.copy()
    np.put(a, ind, v)
    b = x.astype(float)
    np.put(b, ind, 2.5)
    c = x.copy()
    c.put(ind, v[:1])
    d = x.copy()
    np.put(d.T, ind, v)
    e = x.copy()
    np.put(e, ind[:0], v)
    return [a, b, c, d, e]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "ind": [0, 5, -1], "v": [10, 20]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "ind": [1, 1, 2, 3], "v": [7.9, -8, 9]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "ind": [6], "v": [1]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "ind": [-7], "v": [1]}
