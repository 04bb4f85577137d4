import numpy as np


def bad_histogram(a: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.histogram(a, bins=0)[0]
    if case == 1:
        return np.histogram(a, range=(3, 1))[0]
    if case == 2:
        return np.histogram(a, range=(0, float("inf")))[0]
    if case == 3:
        return np.histogram(np.concatenate([a, np.array([np.nan])]))[0]
    if case == 4:
        return np.histogram(a, bins=[3, 1, 2])[0]
    if case == 5:
        return np.histogram(a > 1)[0]
    if case == 6:
        return np.histogram(a, bins=np.array([[1, 2], [3, 4]]))[0]
    if case == 7:
        return np.histogram(a, range=(float("nan"), 1))[0]
    return np.histogram(np.concatenate([a, np.array([-np.inf])]).astype(np.float32))[0]


# inputs: {"a": [1.0, 2.5, 0.5], "case": 0}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 1}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 2}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 3}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 4}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 5}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 6}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 7}
# inputs: {"a": [1.0, 2.5, 0.5], "case": 8}
