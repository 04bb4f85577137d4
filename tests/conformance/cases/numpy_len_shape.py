import numpy as np


def describe(x: np.ndarray) -> list[int]:
    rows, cols = x.shape
    return [len(x), x.ndim, x.size, rows, cols, x.shape[-1], x.T.shape[0]]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[1.0]]}
# inputs: {"x": [[], []]}
