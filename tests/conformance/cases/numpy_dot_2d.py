import numpy as np


def dots(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [np.dot(a, b), a.dot(b.T.T), np.dot(a.T, a), np.dot(a[0], b[:, 0]), np.dot(a, 2)]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[0.5, -1.0], [1.0, 0.0]], "b": [[2.0, 0.0], [0.0, 2.0]]}
