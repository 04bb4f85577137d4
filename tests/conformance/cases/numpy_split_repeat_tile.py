import numpy as np


def pieces(x: np.ndarray) -> list[np.ndarray]:
    halves = np.split(x, 2)
    thirds = np.array_split(x, 4)
    at = np.split(x, [1, 3])
    return [
        halves[0],
        halves[1],
        thirds[-1],
        at[1],
        np.repeat(x, 2),
        x.repeat(3),
        np.tile(x, 2),
        np.tile(x, (2, 1)),
        np.repeat(x.reshape(2, -1), 2, axis=0),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
