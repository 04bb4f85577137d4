import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.dot(a, b)


# inputs: {"a": [1, 2, 3], "b": [4, 5]}
