import numpy as np


def extremes(x: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 2, -1)
    return [
        a.max(axis=(0, 2)),
        a.min(axis=(1, 2), keepdims=True),
        np.amax(a, axis=-1),
        np.amin(a, axis=(-2, -1)),
        a.max(),
        np.min(a[:, ::-1], axis=0),
    ]


# inputs: {"x": [3, 1, 4, 1, 5, 9, 2, 6]}
# inputs: {"x": [-1.5, 2.0, 0.0, -7.25]}
# inputs: {"x": [true, false, false, false]}
