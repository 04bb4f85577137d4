import numpy as np


def errors(x: np.ndarray, rows: list[int], cols: list[int], which: int) -> np.ndarray:
    a = (np.arange(24) * x[0] + x[1]).reshape(2, 3, 4)
    r = np.array(rows)
    c = np.array(cols)
    if which == 0:
        return a[r, c]
    if which == 1:
        return a[0, r, c]
    if which == 2:
        a[r, :, c] = np.ones(5)
        return a
    if which == 3:
        return a[r, :, a[0, 0] > 1]
    return a[a[0] > 1, c]


# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 1, 2], "which": 0}
# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 5], "which": 0}
# inputs: {"x": [1, 1], "rows": [0, 3], "cols": [0, 1], "which": 1}
# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 1], "which": 2}
# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 1], "which": 3}
# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 1, 2, 3, 0, 1, 2, 3], "which": 4}
# inputs: {"x": [1, 1], "rows": [0, 1], "cols": [0, 1, 2], "which": 4}
