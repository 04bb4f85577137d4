import numpy as np


def products(m: np.ndarray, v: np.ndarray) -> list[np.ndarray]:
    return [
        m @ v,
        v @ m.T,
        v @ v,
        np.matmul(m, v),
        np.dot(m, v),
        m.dot(v),
        np.dot(v, 2.0 * v),
        m.astype(np.float32) @ v.astype(np.float32),
        m.astype(np.int32) @ v.astype(np.int32),
    ]


# inputs: {"m": [[1, 2, 3], [4, 5, 6]], "v": [1, 0, -1]}
# inputs: {"m": [[0.5, 1.5], [2.5, 3.5]], "v": [2.0, 4.0]}
