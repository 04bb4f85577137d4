import numpy as np


def combine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return a + b


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[1, 2], [3, 4], [5, 6]]}
# inputs: {"a": [1, 2, 3], "b": [1, 2]}
# inputs: {"a": [[1, 2, 3]], "b": [[1], [2]]}
# inputs: {"a": [[1, 2], [3, 4]], "b": [[1, 2, 3]]}
