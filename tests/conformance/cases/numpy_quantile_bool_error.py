import numpy as np


def cut(x: np.ndarray) -> np.ndarray:
    return np.quantile(x > 1, 0.5)


# inputs: {"x": [1.0, 2.0, 4.0]}
