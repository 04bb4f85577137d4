import numpy as np


def product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return a @ b


# inputs: {"a": [[1, 2], [3, 4]], "b": [[1], [2]]}
# inputs: {"a": [[1, 2], [3, 4]], "b": [1, 2, 3]}
# inputs: {"a": [1, 2, 3], "b": [[1, 2], [3, 4]]}
# inputs: {"a": [[1, 2, 3]], "b": [[1, 2, 3]]}
