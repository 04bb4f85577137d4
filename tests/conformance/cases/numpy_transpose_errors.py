import numpy as np


def permuted(x: np.ndarray, axes: list[int]) -> list[int]:
    return list(np.transpose(x, tuple(axes)).shape)


# inputs: {"x": [[1, 2, 3]], "axes": [1, 0]}
# inputs: {"x": [[1, 2, 3]], "axes": [0, 0]}
# inputs: {"x": [[1, 2, 3]], "axes": [0]}
