import numpy as np


def stacked(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        np.stack([a, b]),
        np.stack([a, b], axis=-1),
        np.stack((a, b), axis=1),
        np.stack([a.T, b.T], axis=0),
        np.stack([a[::-1], b]),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[0.5], [1.5]], "b": [[2.0], [3.0]]}
