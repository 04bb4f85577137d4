import numpy as np


def accumulate(x: np.ndarray) -> np.ndarray:
    a = x.astype(np.float64)
    view = a[1:]
    view += 10
    a *= 2
    a -= np.ones(a.shape[0])
    a /= 4
    return a


# inputs: {"x": [1, 2, 3, 4]}
# inputs: {"x": [0.5]}
