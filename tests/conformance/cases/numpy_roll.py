import numpy as np


def rolled(x: np.ndarray, k: int) -> list[np.ndarray]:
    return [
        np.roll(x, k),
        np.roll(x, k, axis=0),
        np.roll(x, -k, axis=-1),
        np.roll(x, (1, k), axis=(0, 1)),
        np.roll(x, (k, k), axis=(1, 1)),
        np.roll(x, k, axis=(0, 1)),
        np.roll(x.T, (2, -1), axis=0),
        np.roll(x, (1, 2)),
        np.roll(x, [1, -k], axis=[1, 0]),
        np.roll(x, shift=[2], axis=-1),
        np.roll(x[:, ::-1], k, axis=None),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "k": 1}
# inputs: {"x": [[1.5, 2.5, 3.5, 4.5], [0.0, -1.0, -2.0, -3.0]], "k": -7}
# inputs: {"x": [[true, false, false]], "k": 4}
# inputs: {"x": [[], []], "k": 3}
