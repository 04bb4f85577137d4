import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    z = x - x.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# inputs: {"x": [1.0, 2.0, 3.0]}
# inputs: {"x": [[1000.0, 1000.0], [-5.0, 5.0]]}
# inputs: {"x": [[0.0, 0.0, 0.0]]}
# inputs: {"x": [[1, 2], [3, 4]]}
