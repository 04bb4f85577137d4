import numpy as np


def partitions(x: np.ndarray, k: int) -> list[np.ndarray]:
    part = np.argpartition(x, k, axis=-1)
    kth = np.take_along_axis(x, part, axis=-1)[:, k]
    part0 = np.argpartition(x, 0, axis=0)
    smallest_first = np.take_along_axis(x, part0, axis=0)[0]
    return [kth, np.sort(x, axis=-1)[:, k], smallest_first, x.min(axis=0)]


# inputs: {"x": [[5, 1, 4, 2, 3], [9, 7, 8, 6, 0]], "k": 2}
# inputs: {"x": [[5, 1, 4, 2, 3], [9, 7, 8, 6, 0]], "k": -1}
# inputs: {"x": [[0.5, 0.25], [0.125, 1.0]], "k": 1}
