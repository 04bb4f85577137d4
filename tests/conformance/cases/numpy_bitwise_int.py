import numpy as np


def bits(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a & b, a | b, a ^ b, ~a]


# inputs: {"a": [12, 10, -1, 0], "b": [10, 6, 255, 7]}
