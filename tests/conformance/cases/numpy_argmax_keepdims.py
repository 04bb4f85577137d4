import numpy as np


def argext(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.argmax(axis=-1),
        x.argmin(axis=-2),
        np.argmax(x, axis=0, keepdims=True),
        np.argmin(x, axis=-1, keepdims=True),
        x.T.argmax(axis=1),
        x[:, ::-1].argmin(),
        x.argmax(),
    ]


# inputs: {"x": [[3, 7, 7], [9, 1, 9]]}
# inputs: {"x": [[0.5, -2.0], [0.5, 4.0], [-3.0, 4.0]]}
# inputs: {"x": [[true, false, true]]}
