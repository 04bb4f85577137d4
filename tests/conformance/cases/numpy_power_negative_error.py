import numpy as np


def powers(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return a**b


# inputs: {"a": [2, 3], "b": [1, 2]}
# inputs: {"a": [2, 3], "b": [1, -1]}
# inputs: {"a": [2.0, 3.0], "b": [1, -1]}
