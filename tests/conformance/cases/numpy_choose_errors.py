import numpy as np


def pick_failing(a: np.ndarray, x: np.ndarray, which: int) -> np.ndarray:
    if which == 0:
        return np.choose(a.astype(float), [x, x])
    if which == 1:
        return np.choose(a, [x, x[:2]])
    if which == 2:
        return np.choose(a[:2], [x, x])
    return np.choose(a, [x.reshape(-1, 1), x[:3]])


# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "which": 0}
# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "which": 1}
# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "which": 2}
# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "which": 3}
