import numpy as np


def bad_methods(a: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.maximum.reduce(a[:0])
    if case == 1:
        return np.subtract.reduce(a.reshape(2, 2), axis=None)
    if case == 2:
        return np.subtract.reduce(a[:0])
    return np.maximum.accumulate(a[0])


# inputs: {"a": [3, 1, 4, 1], "case": 0}
# inputs: {"a": [3, 1, 4, 1], "case": 1}
# inputs: {"a": [3, 1, 4, 1], "case": 2}
# inputs: {"a": [3, 1, 4, 1], "case": 3}
