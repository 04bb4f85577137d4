import numpy as np


def rows(x: np.ndarray, ids: list[int]) -> list[np.ndarray]:
    idx = np.array(ids)
    picked = x[idx]
    cols = x[:, idx]
    y = x.copy()
    y[idx] = 0
    z = x.copy()
    z[:, idx] = -1
    return [picked, cols, y, z, x[idx, 1:], x[::-1][idx]]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "ids": [2, 0]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "ids": [-1, -1, 1]}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], "ids": [1]}
