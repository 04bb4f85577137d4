import numpy as np


def dims(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.expand_dims(x, 0),
        np.expand_dims(x, -1),
        np.expand_dims(x, 1),
        np.squeeze(np.expand_dims(x, 0), axis=0),
        np.squeeze(x.reshape(1, -1, 1)),
        np.squeeze(x.reshape(1, -1, 1), axis=-1),
        x.reshape(1, -1, 1).squeeze(axis=(0, 2)),
        x[None, :, None],
        x[..., None],
        x[np.newaxis],
    ]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [1.5]}
# inputs: {"x": []}
