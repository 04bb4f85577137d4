import numpy as np


def bad_sorter(a: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.searchsorted(a, 2, sorter=[1, 2])
    if case == 1:
        return np.searchsorted(a, 2, sorter=np.array([1.0, 2.0, 0.0]))
    if case == 2:
        return np.searchsorted(a, 2, sorter=np.array([[1, 2, 0]]))
    if case == 3:
        return np.searchsorted(a, [2, 0], sorter=[1, 7, 0])
    if case == 4:
        return np.searchsorted(a, [3, 2, 1, 0], sorter=[-1, 2, 1])
    return np.searchsorted(a, 2, sorter=[1, 2, 5])


# inputs: {"a": [3, 1, 2], "case": 0}
# inputs: {"a": [3, 1, 2], "case": 1}
# inputs: {"a": [3, 1, 2], "case": 2}
# inputs: {"a": [3, 1, 2], "case": 3}
# inputs: {"a": [3, 1, 2], "case": 4}
# inputs: {"a": [3, 1, 2], "case": 5}
