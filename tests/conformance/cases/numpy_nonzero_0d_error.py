import numpy as np


def positions(x: np.ndarray) -> np.ndarray:
    return np.nonzero(x.sum())[0]


# inputs: {"x": [1.0, 2.0]}
