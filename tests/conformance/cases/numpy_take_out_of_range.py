import numpy as np


def pick(x: np.ndarray, ids: list[int], axis: int) -> np.ndarray:
    return np.take(x, np.array(ids), axis=axis)


# inputs: {"x": [[1, 2], [3, 4]], "ids": [1, 0], "axis": 1}
# inputs: {"x": [[1, 2], [3, 4]], "ids": [2], "axis": 0}
# inputs: {"x": [[1, 2], [3, 4]], "ids": [-3], "axis": 1}
