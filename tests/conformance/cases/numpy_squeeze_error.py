import numpy as np


def squeeze_axis(x: np.ndarray, axis: int) -> np.ndarray:
    return np.squeeze(x, axis=axis)


# inputs: {"x": [[1, 2, 3]], "axis": 0}
# inputs: {"x": [[1, 2, 3]], "axis": 1}
