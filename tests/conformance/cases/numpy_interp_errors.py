import numpy as np


def bad_interp(x: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.interp(x, [], [])
    if case == 1:
        return np.interp(x, [1, 2, 3], [1, 2])
    if case == 2:
        return np.interp(x, np.ones((2, 2)), [1, 2])
    return np.interp(x, [1, 2], np.ones((2, 2)))


# inputs: {"x": [1.0, 2.5], "case": 0}
# inputs: {"x": [1.0, 2.5], "case": 1}
# inputs: {"x": [1.0, 2.5], "case": 2}
# inputs: {"x": [1.0, 2.5], "case": 3}
