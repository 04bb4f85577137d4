import numpy as np


def bad_average(x: np.ndarray, w: np.ndarray, which: int) -> np.ndarray:
    if which == 0:
        return np.average(x, weights=w)
    if which == 1:
        return np.average(x, axis=0, weights=w)
    if which == 2:
        return np.ptp(x > 1)
    if which == 3:
        return np.ptp(x[:0])
    return np.average(x, axis=1, weights=w)


# inputs: {"x": [[1, 2, 3]], "w": [1, 2, 3], "which": 0}
# inputs: {"x": [[1, 2, 3]], "w": [1, 2, 3], "which": 1}
# inputs: {"x": [[1, 2, 3]], "w": [1, 2, 3], "which": 2}
# inputs: {"x": [[1, 2, 3]], "w": [1, 2, 3], "which": 3}
# inputs: {"x": [[1, 2, 3]], "w": [1, -1, 0], "which": 4}
# inputs: {"x": [[1, 2, 3]], "w": [1, 1, 0], "which": 4}
