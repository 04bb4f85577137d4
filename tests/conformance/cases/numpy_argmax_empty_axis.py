import numpy as np


def best(n: int, axis: int) -> np.ndarray:
    return np.zeros((n, 0)).argmax(axis=axis)


# inputs: {"n": 2, "axis": 0}
# inputs: {"n": 2, "axis": 1}
