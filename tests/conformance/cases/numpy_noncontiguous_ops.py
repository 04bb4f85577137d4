import numpy as np


def strided(x: np.ndarray) -> list[np.ndarray]:
    t = x.T
    every_other = x[:, ::2]
    flipped = x[::-1]
    return [
        t + 1,
        t.sum(axis=0),
        every_other * every_other,
        flipped @ t,
        np.exp(t * 0),
        t.reshape(-1),
        t.copy(),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
