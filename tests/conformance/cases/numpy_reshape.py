import numpy as np


def shapes(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.reshape(2, 3),
        x.reshape((3, 2)),
        x.reshape(-1, 2),
        x.reshape(3, -1).T,
        np.reshape(x, (6,)),
        x.reshape(1, 2, 3).transpose(2, 0, 1),
        np.transpose(x.reshape(2, 3)),
        x.reshape(2, 3).flatten(),
        x.reshape(2, 3).ravel(),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
# inputs: {"x": [[0.5, 1.5, 2.5], [3.5, 4.5, 5.5]]}
