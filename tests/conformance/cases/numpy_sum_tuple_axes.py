import numpy as np


def sums(x: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 3, -1)
    return [
        a.sum(axis=(0, 2)),
        a.sum(axis=(-1, 0), keepdims=True),
        np.sum(a, axis=(1,)),
        a.sum(axis=(0, 1, 2)),
        np.sum(a, axis=(-3, -2), keepdims=True),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]}
# inputs: {"x": []}
