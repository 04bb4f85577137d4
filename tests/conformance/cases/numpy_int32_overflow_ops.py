import numpy as np


def wraps(x: np.ndarray) -> list[np.ndarray]:
    v = x.astype(np.int32)
    return [
        v + v,
        v * 3,
        v - 1,
        -v,
        np.abs(v),
        v.sum(),
        v.astype(np.int64) * 2,
        v * v,
    ]


# inputs: {"x": [2147483647, -2147483648, 1073741824]}
# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [-1, 65536]}
