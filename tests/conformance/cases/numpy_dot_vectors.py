import numpy as np


def dots(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [np.dot(a, b), a @ b, a.dot(b), np.linalg.norm(a - b)]


# inputs: {"a": [1, 2, 3], "b": [4, 5, 6]}
# inputs: {"a": [0.5, -1.5], "b": [2.0, 2.0]}
