import numpy as np


def extreme(n: int, axis: int) -> np.ndarray:
    return np.zeros((n, 0)).max(axis=axis)


# inputs: {"n": 2, "axis": 0}
# inputs: {"n": 2, "axis": 1}
# inputs: {"n": 0, "axis": 1}
