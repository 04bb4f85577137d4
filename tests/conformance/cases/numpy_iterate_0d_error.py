import numpy as np


def count(x: np.ndarray) -> int:
    n = 0
    for _ in x.sum():
        n += 1
    return n


# inputs: {"x": [1, 2]}
