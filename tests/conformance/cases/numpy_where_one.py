import numpy as np


def positions(a: np.ndarray) -> list[tuple[np.ndarray, ...]]:
    return [np.where(a), np.where(a > 1), np.nonzero(a)]


# inputs: {"a": [[0, 1, 2], [3, 0, 0]]}
# inputs: {"a": [0.0, 1.5, 0.0, -2.0]}
# inputs: {"a": []}
