import numpy as np


def powers(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a**2, a**b, np.power(a, 3), 2**a, a.astype(np.float64) ** -1, a.astype(np.int32) ** 31]


# inputs: {"a": [1, 2, 3], "b": [0, 1, 2]}
# inputs: {"a": [-2, 10, 0], "b": [3, 2, 0]}
