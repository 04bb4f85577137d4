import numpy as np


def empty_sums(x: np.ndarray) -> list[np.ndarray]:
    return [x.sum(), x.prod(), x.any(), x.all(), x.sum(axis=0)]


# inputs: {"x": []}
# inputs: {"x": [[], []]}
