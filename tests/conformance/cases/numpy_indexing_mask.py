import numpy as np


def masked(x: np.ndarray, threshold: float) -> list[np.ndarray]:
    keep = x > threshold
    return [x[keep], x[x < threshold], x[np.isfinite(x) & (x != 0)]]


# inputs: {"x": [3.0, -1.0, 0.0, 7.5, 2.0], "threshold": 1.0}
# inputs: {"x": [1.0, 2.0], "threshold": 10.0}
