import numpy as np


def with_nan(x: np.ndarray) -> list[np.ndarray]:
    y = x / x  # 0/0 is nan
    return [np.isnan(y.sum()), np.isnan(y.max()), y.argmax(), y.argmin(), np.isnan(y.mean(axis=0))]


# inputs: {"x": [[1.0, 0.0, 2.0], [3.0, 4.0, 5.0]]}
