import numpy as np


def empties(n: int) -> list[np.ndarray]:
    a = np.zeros((n, 0))
    return [
        a.sum(axis=1),
        a.prod(axis=1),
        a.any(axis=1),
        a.all(axis=1),
        a.sum(axis=0),
        a.max(axis=0),
        a.cumsum(axis=1),
        np.sort(a, axis=1),
        np.argsort(a, axis=0),
        a.sum(),
        a.prod(),
    ]


# inputs: {"n": 3}
# inputs: {"n": 0}
