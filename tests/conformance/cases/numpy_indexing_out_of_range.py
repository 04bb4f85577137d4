import numpy as np


def pick(x: np.ndarray, i: int) -> np.ndarray:
    return x[i]


# inputs: {"x": [1, 2, 3], "i": 2}
# inputs: {"x": [1, 2, 3], "i": -3}
# inputs: {"x": [1, 2, 3], "i": 3}
# inputs: {"x": [[1, 2], [3, 4]], "i": -3}
