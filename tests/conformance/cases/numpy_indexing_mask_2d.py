import numpy as np


def rows_where(x: np.ndarray) -> list[np.ndarray]:
    row_ok = x.sum(axis=1) > 3
    return [x[row_ok], x[x > 2]]


# inputs: {"x": [[1, 2], [3, 4], [0, 0]]}
