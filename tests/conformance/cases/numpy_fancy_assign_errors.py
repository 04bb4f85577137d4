import numpy as np


def scatter(x: np.ndarray, rows: list[int], v: list[int]) -> np.ndarray:
    y = x.copy()
    y[np.array(rows)] = np.array(v)
    return y


# inputs: {"x": [1, 2, 3, 4], "rows": [0, 1], "v": [9, 8]}
# inputs: {"x": [1, 2, 3, 4], "rows": [0, 1], "v": [9, 8, 7]}
# inputs: {"x": [1, 2, 3, 4], "rows": [0, 4], "v": [9, 8]}
# inputs: {"x": [1, 2, 3, 4], "rows": [1, 1], "v": [5]}
