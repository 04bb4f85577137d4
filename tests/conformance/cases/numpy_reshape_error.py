import numpy as np


def bad_reshape(x: np.ndarray, n: int) -> np.ndarray:
    return x.reshape(n, -1)


# inputs: {"x": [1, 2, 3, 4], "n": 2}
# inputs: {"x": [1, 2, 3, 4, 5], "n": 2}
