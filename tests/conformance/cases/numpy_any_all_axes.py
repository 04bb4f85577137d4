import numpy as np


def truth(x: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 2, -1)
    return [
        a.any(axis=(0, 2)),
        a.all(axis=-1),
        np.any(a, axis=0, keepdims=True),
        np.all(a, axis=(0, 1, 2)),
        (a > 1).all(axis=1),
        np.any(a[:, :, ::2]),
    ]


# inputs: {"x": [0, 1, 2, 3, 0, 0, 0, 7]}
# inputs: {"x": [0.0, 0.0, 0.0, 0.0]}
# inputs: {"x": [true, true, true, false]}
