import numpy as np


def positions(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.argmax(),
        x.argmin(),
        x.argmax(axis=0),
        np.argmax(x, axis=-1),
        np.argmin(x, axis=1),
        x.argmax(axis=1, keepdims=True),
    ]


# inputs: {"x": [[3, 9, 9], [7, 1, 1]]}
# inputs: {"x": [[0.5, -0.5], [2.5, 2.5], [-1.0, 4.0]]}
