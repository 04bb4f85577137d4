import numpy as np


def running(x: np.ndarray) -> list[np.ndarray]:
    return [np.cumsum(x), x.cumsum(axis=0), np.cumsum(x, axis=-1)]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5], [0.25]]}
