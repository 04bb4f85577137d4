import numpy as np


def grow(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a += b
    return a


# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "b": [10.0, 20.0]}
# inputs: {"a": [1.0, 2.0], "b": [[1.0, 2.0], [3.0, 4.0]]}
# inputs: {"a": [[1.0, 2.0]], "b": [[1.0], [2.0]]}
