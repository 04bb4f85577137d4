import numpy as np


def order(x: np.ndarray) -> list[np.ndarray]:
    y = x.copy()
    y.sort()
    return [
        np.sort(x),
        np.sort(x, axis=0),
        np.sort(x, axis=None),
        np.argsort(x),
        x.argsort(axis=0),
        y,
        np.argsort(x, kind="stable"),
    ]


# inputs: {"x": [[3, 1, 2], [9, 7, 8]]}
# inputs: {"x": [[0.5, -1.5], [2.5, -0.25]]}
