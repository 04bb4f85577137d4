import numpy as np


def bools(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    return [
        x + y,
        x * y,
        x & y,
        x | y,
        x ^ y,
        ~x,
        x.sum(),
        x.mean(),
        x + 1,
        x * 2.5,
        np.logical_xor(x, y),
        x.astype(np.int32) - y.astype(np.int32),
    ]


# inputs: {"x": [true, false, true, false], "y": [true, true, false, false]}
# inputs: {"x": [false, false], "y": [false, true]}
