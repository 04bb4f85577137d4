import numpy as np


def with_nan(x: np.ndarray) -> list[np.ndarray]:
    y = np.where(x < 0, np.nan, x)
    return [np.isnan(np.sort(y)), np.argsort(y)]


# inputs: {"x": [3.0, -1.0, 1.0, -2.0, 2.0]}
