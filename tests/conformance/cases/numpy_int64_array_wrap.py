import numpy as np


def wraps64(x: np.ndarray) -> list[np.ndarray]:
    return [x + x, x * x, x - 1, x.sum(), x.cumsum(), np.abs(x)]


# inputs: {"x": [9223372036854775807, 1]}
# inputs: {"x": [-9223372036854775808, 4611686018427387904]}
# inputs: {"x": [3, 4]}
