import numpy as np


def negative(x: np.ndarray) -> list[np.ndarray]:
    y = x.reshape(2, 2, 3)
    return [
        y.sum(axis=-1),
        y.sum(axis=-2),
        y.max(axis=(-1, -3)),
        np.expand_dims(y, -2).shape[-2] * y[:, np.newaxis].sum(axis=-3),
        np.concatenate([y, y], axis=-2),
        np.stack([y, y], axis=-1).shape[-1] + y.argmax(axis=-1),
        np.cumsum(y, axis=-1),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
