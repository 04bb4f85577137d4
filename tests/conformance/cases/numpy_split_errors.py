import numpy as np


def pieces(x: np.ndarray, n: int) -> list[np.ndarray]:
    return np.split(x, n)


# inputs: {"x": [1, 2, 3, 4], "n": 2}
# inputs: {"x": [1, 2, 3, 4], "n": 3}
# inputs: {"x": [1, 2, 3, 4], "n": 0}
