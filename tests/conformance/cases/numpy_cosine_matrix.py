import numpy as np


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    an = a / np.linalg.norm(a, axis=1, keepdims=True)
    bn = b / np.linalg.norm(b, axis=1, keepdims=True)
    return an @ bn.T


# inputs: {"a": [[1.0, 0.0], [0.6, 0.8]], "b": [[0.0, 1.0], [1.0, 1.0], [-2.0, 0.0]]}
