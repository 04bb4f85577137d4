import numpy as np


def joined(a: np.ndarray, b: np.ndarray, axis: int) -> np.ndarray:
    return np.concatenate([a, b], axis=axis)


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6]], "axis": 0}
# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6]], "axis": 1}
# inputs: {"a": [[1, 2], [3, 4]], "b": [5, 6], "axis": 0}
# inputs: {"a": [[1, 2], [3, 4]], "b": [[5], [6]], "axis": -1}
