import numpy as np


def selected(x: np.ndarray) -> list[np.ndarray]:
    m = x > 2
    y = x.copy()
    y[m] = -y[m]
    z = x.copy()
    z[x[:, 0] > 2] = 0
    return [x[m], x[x[:, 0] > 2], x[:, x[0] > 1], y, z, x.T[m.T]]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[3.5, 0.5], [1.0, 9.0], [2.0, 2.5]]}
