import numpy as np


def zero_size(n: int, m: int) -> list[np.ndarray]:
    a = np.zeros((n, m))
    row = np.arange(m) * 1.5
    b = a + row
    return [b, b.sum(axis=0), b.sum(axis=1), (a * 2).reshape(m, n), np.ones((1, m)) + a]


# inputs: {"n": 0, "m": 3}
# inputs: {"n": 2, "m": 0}
# inputs: {"n": 2, "m": 3}
