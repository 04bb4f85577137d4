import numpy as np


def updated(x: np.ndarray) -> list[np.ndarray]:
    a = x.copy()
    a[:, ::2] *= 10
    a.T[0] -= 1
    a[::-1, 0] += a[:, 0]
    b = x.copy()
    b /= 2
    c = x.copy()
    c[c > 2] **= 2
    return [a, b, c, x]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
# inputs: {"x": [[0.5, -1.0], [2.0, 8.0]]}
