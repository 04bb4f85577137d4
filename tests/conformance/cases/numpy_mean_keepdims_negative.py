import numpy as np


def means(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.mean(axis=-1),
        x.mean(axis=-1, keepdims=True),
        np.mean(x, axis=-2, keepdims=True),
        x.mean(axis=(0, 1), keepdims=True),
        x - x.mean(axis=-1, keepdims=True),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.25, -0.5], [1.0, 2.0], [3.0, 5.0]]}
# inputs: {"x": [[true, false], [true, true]]}
