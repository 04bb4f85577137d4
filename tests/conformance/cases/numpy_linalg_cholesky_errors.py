import numpy as np


def not_positive_definite(a: np.ndarray) -> np.ndarray:
    return np.linalg.cholesky(a)


# inputs: {"a": [[1.0, 2.0], [2.0, 1.0]]}
# inputs: {"a": [[-1.0]]}
# inputs: {"a": [[0.0, 0.0], [0.0, 1.0]]}
# inputs: {"a": [[[1.0, 0.0], [0.0, 1.0]], [[1.0, 3.0], [3.0, 1.0]]]}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
# inputs: {"a": [1.0, 2.0]}
