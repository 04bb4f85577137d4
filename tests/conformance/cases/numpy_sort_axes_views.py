import numpy as np


def ordered(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.sort(x, axis=0),
        np.sort(x.T),
        np.sort(x[:, ::-1], axis=-1),
        np.sort(x, axis=None),
        np.argsort(x, axis=0),
        np.argsort(x.T, axis=-1),
        x[::-1].argsort(axis=1),
    ]


# inputs: {"x": [[3, 1, 2], [1, 3, 2], [2, 2, 2]]}
# inputs: {"x": [[0.5, -1.0], [-2.0, 4.0]]}
