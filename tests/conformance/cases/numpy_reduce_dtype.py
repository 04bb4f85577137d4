import numpy as np


# dtype= casts before the reduction and keeps the result in that dtype.
def typed(x: list[int]) -> list[np.ndarray]:
    a = np.array(x, dtype=np.int32)
    f = np.array(x, dtype=np.float32) / 3
    return [
        np.sum(a, dtype=np.int32),
        a.sum(dtype=np.float32),
        np.sum(a, 0, np.float64),
        np.prod(a, dtype=np.int8),
        np.mean(a, dtype=np.float32),
        f.mean(dtype=np.float64),
        np.sum(f, dtype=np.int64),
        np.sum(a, dtype=None),
        a.reshape(-1, 1).sum(axis=0, dtype=np.uint8),
    ]


# inputs: {"x": [1, 2, 3, 100]}
# inputs: {"x": [2147483647, 1]}
# inputs: {"x": [-5, 250, 7]}
# float-tolerance: 1e-6
