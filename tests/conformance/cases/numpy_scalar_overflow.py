import numpy as np


def add_big(x: np.ndarray, k: int) -> np.ndarray:
    return x.astype(np.int32) + k


# inputs: {"x": [1, 2], "k": 5}
# inputs: {"x": [1, 2], "k": 4294967296}
