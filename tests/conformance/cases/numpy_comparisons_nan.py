import numpy as np


def compared(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    a = np.where(x < 0, np.nan, x)
    return [
        a == y,
        a != y,
        a < y,
        a >= y,
        np.equal(a, a),
        np.not_equal(a, np.nan),
        np.greater(a, 0.5),
        np.less_equal(a, y[::-1]),
        (a > 1) & (y > 1),
        (a > 1) | ~(y > 1),
    ]


# inputs: {"x": [1.0, -1.0, 2.0, 0.5], "y": [1.0, 0.0, 3.0, 0.5]}
# inputs: {"x": [-1.0, -1.0], "y": [0.0, 1.0]}
