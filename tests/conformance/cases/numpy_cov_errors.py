import numpy as np


def covariance_edges(x: np.ndarray, which: int) -> np.ndarray:
    if which == 0:
        return np.cov(x.reshape(1, 2, -1))
    if which == 1:
        return np.cov(x, x.reshape(1, 2, -1))
    if which == 2:
        return np.cov(x[:0])
    return np.cov(x, ddof=4)


# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 0}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 1}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 2}
# inputs: {"x": [[1.0, 2.0], [3.0, 5.0]], "which": 3}
