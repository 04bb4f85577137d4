import numpy as np


def dims(x: np.ndarray) -> list[list[int]]:
    a = np.expand_dims(x, 0)
    b = np.expand_dims(x, -1)
    c = x[None, :, None]
    return [
        list(a.shape),
        list(b.shape),
        list(c.shape),
        list(c.squeeze().shape),
        list(np.squeeze(c, axis=0).shape),
        list(c.squeeze(axis=(0, 2)).shape),
    ]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [[1.0, 2.0]]}
