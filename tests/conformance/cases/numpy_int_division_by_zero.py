import numpy as np


def divided(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        a // b,
        a % b,
        np.isinf(a / b),
        np.isnan(a / b),
        a.astype(np.int32) // b.astype(np.int32),
    ]


# inputs: {"a": [5, -5, 0], "b": [0, 0, 0]}
# inputs: {"a": [5, 6], "b": [2, 0]}
