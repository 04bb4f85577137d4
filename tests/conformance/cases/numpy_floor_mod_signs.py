import numpy as np


def divided(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        a // b,
        a % b,
        np.floor_divide(a, 3),
        np.remainder(a, -3),
        a.astype(np.float64) // b,
        a.astype(np.float64) % b,
        a.astype(np.int32) // b.astype(np.int32),
        np.mod(-a, b),
    ]


# inputs: {"a": [7, -7, 7, -7, 0], "b": [2, 2, -2, -2, 5]}
# inputs: {"a": [1, 2, 3], "b": [4, -4, 1]}
