import numpy as np


def gather(x: np.ndarray, ids: list[int]) -> list[np.ndarray]:
    order = np.array(ids)
    return [x[order], x[ids], x[order[::-1]], np.take(x, order, axis=0), x[:, 0][order]]


# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "ids": [2, 0, 0]}
# inputs: {"x": [[1, 2], [3, 4], [5, 6]], "ids": [-1]}
