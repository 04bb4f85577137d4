import numpy as np


def products(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a @ b, np.matmul(a, b), np.dot(a, b), a.dot(b), a @ b[:, 0], a[0] @ b]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[1.5, -2.0, 0.25]], "b": [[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]]}
