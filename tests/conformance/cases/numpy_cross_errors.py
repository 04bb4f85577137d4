import numpy as np


def crossed_failing(a: np.ndarray, b: np.ndarray, which: int) -> np.ndarray:
    if which == 1:
        return np.cross(a[0, 0], b)
    if which == 2:
        return np.cross(a > 2, b > 2)
    return np.cross(a[:1], b[:, :2].T)


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[7, 8, 9], [-1, 0, 2]], "which": 1}
# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[7, 8, 9], [-1, 0, 2]], "which": 2}
# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[7, 8, 9], [-1, 0, 2]], "which": 3}
