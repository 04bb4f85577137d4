import numpy as np


def pieces(x: np.ndarray) -> list[list[np.ndarray]]:
    a = x.reshape(4, -1)
    return [
        np.split(a, 2),
        np.split(a, 2, axis=0),
        np.split(a, [1, 3]),
        np.array_split(a, 3),
        np.array_split(a.T, 3, axis=0),
        np.split(a, [0, 10]),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8]}
# inputs: {"x": [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5]}
