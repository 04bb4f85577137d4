import numpy as np


def cut(x: np.ndarray, q: float) -> np.ndarray:
    return np.quantile(x, q)


# inputs: {"x": [1.0, 2.0, 4.0], "q": 0.25}
# inputs: {"x": [1.0, 2.0, 4.0], "q": 1.5}
# inputs: {"x": [1.0, 2.0, 4.0], "q": -0.1}
