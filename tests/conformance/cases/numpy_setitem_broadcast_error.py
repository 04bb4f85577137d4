import numpy as np


def written(x: np.ndarray, v: np.ndarray) -> np.ndarray:
    y = x.copy()
    y[:, 1:] = v
    return y


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "v": [9, 8]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "v": [[9], [8]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "v": [9, 8, 7]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "v": [[1, 2], [3, 4], [5, 6]]}
