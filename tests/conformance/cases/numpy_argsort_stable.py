import numpy as np


def stable(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.argsort(x, kind="stable"),
        np.argsort(x, axis=0, kind="stable"),
        np.argsort(-x, axis=-1, kind="stable"),
        x.argsort(kind="stable"),
        np.argsort(x.T, kind="stable"),
        np.argsort(x, axis=None, kind="stable"),
    ]


# inputs: {"x": [[1, 1, 0, 1], [0, 0, 0, 0]]}
# inputs: {"x": [[2.5, -1.0, 2.5], [2.5, 2.5, -1.0]]}
# inputs: {"x": [[3, 1, 3, 1, 2, 1]]}
