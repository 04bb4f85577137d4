import numpy as np


def stacked(a: np.ndarray, b: np.ndarray, axis: int) -> np.ndarray:
    return np.stack([a, b], axis=axis)


# inputs: {"a": [1, 2], "b": [3, 4], "axis": 1}
# inputs: {"a": [1, 2], "b": [3, 4, 5], "axis": 0}
# inputs: {"a": [1, 2], "b": [3, 4], "axis": -1}
