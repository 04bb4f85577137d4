import numpy as np


def cut(x: np.ndarray) -> np.ndarray:
    return np.quantile(x, 0.5, axis=0)


# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]]}
# inputs: {"x": []}
