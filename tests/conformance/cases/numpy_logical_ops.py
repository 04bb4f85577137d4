import numpy as np


def logic(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    p = a > 0
    q = b > 0
    return [p & q, p | q, p ^ q, ~p, np.logical_and(p, q), np.logical_not(q), np.logical_or(p, q)]


# inputs: {"a": [1, -1, 1, -1], "b": [1, 1, -1, -1]}
