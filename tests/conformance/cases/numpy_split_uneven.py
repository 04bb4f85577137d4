import numpy as np


def halves(x: np.ndarray) -> list[np.ndarray]:
    return np.split(x, 2)


# inputs: {"x": [1, 2, 3, 4]}
# inputs: {"x": [1, 2, 3]}
