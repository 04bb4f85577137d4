import numpy as np


def truth(x: np.ndarray) -> list[np.ndarray]:
    return [x.any(), x.all(), x.any(axis=0), np.all(x, axis=1), (x > 1).any(axis=-1, keepdims=True)]


# inputs: {"x": [[0, 1, 2], [0, 0, 3]]}
# inputs: {"x": [[0.0, 0.0], [0.0, 0.0]]}
