import numpy as np


def divide(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a / b, a // b, a % b, np.floor_divide(a, b)]


# inputs: {"a": [7, -7, 7, -7], "b": [2, 2, -2, -2]}
# inputs: {"a": [7.5, -7.5, 1.0], "b": [2.0, 2.0, 0.5]}
