import numpy as np


def zero_size(n: int) -> list[np.ndarray]:
    x = np.zeros((n, 3))
    return [x + 1, x.sum(axis=0), x.sum(axis=1), x.T @ x, x[:0], np.concatenate([x, x])]


# inputs: {"n": 0}
# inputs: {"n": 2}
