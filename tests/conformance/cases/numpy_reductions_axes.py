import numpy as np


def reduce_all(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.sum(),
        x.sum(axis=0),
        x.sum(axis=-1),
        x.sum(axis=(0, 1)),
        x.mean(axis=1, keepdims=True),
        x.max(axis=0),
        x.min(axis=-1, keepdims=True),
        x.prod(axis=1),
        np.sum(x, axis=0),
        np.mean(x),
        np.max(x, axis=1),
        np.min(x),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[1.5, -2.0, 3.25], [0.0, 5.5, -6.0]]}
# inputs: {"x": [[true, false, true], [true, true, true]]}
