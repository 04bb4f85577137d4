import numpy as np


def permuted(x: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 3, -1)
    return [
        a.transpose(2, 0, 1),
        np.transpose(a, (1, 0, 2)),
        np.transpose(a),
        a.transpose((0, 2, 1)),
        np.swapaxes(a, 0, -1),
        a.swapaxes(1, 2),
        np.moveaxis(a, 0, -1),
        np.moveaxis(a, -1, 0),
        a.T.shape == a.transpose(2, 1, 0).shape,
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]}
