import numpy as np


def distinct(x: np.ndarray) -> list[np.ndarray]:
    values, counts = np.unique(x, return_counts=True)
    return [np.unique(x), values, counts]


# inputs: {"x": []}
# inputs: {"x": [5, 5, 1]}
