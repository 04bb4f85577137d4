import numpy as np


def cuts(x: np.ndarray, q: list[float]) -> np.ndarray:
    return np.percentile(x, q)


# inputs: {"x": [1.0, 2.0, 4.0], "q": [25.0, 100.0]}
# inputs: {"x": [1.0, 2.0, 4.0], "q": [50.0, 100.5]}
