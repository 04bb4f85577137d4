import numpy as np


def partition(x: np.ndarray, k: int) -> np.ndarray:
    return np.sort(x[np.argpartition(x, k)][: k + 1])


# inputs: {"x": [4, 3, 2, 1], "k": 1}
# inputs: {"x": [4, 3, 2, 1], "k": 4}
# inputs: {"x": [4, 3, 2, 1], "k": -5}
