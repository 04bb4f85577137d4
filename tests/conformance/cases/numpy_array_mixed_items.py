import numpy as np


def mixed(n: int, x: float) -> list[np.ndarray]:
    return [
        np.array([1.0, n]),
        np.array([n, True]),
        np.array([[x, n], [n, 2]]),
        np.array([True, n, x], dtype=np.float32),
        np.array([n, 2.5], dtype=np.int32),
    ]


# inputs: {"n": 3, "x": 0.5}
# inputs: {"n": -1, "x": 1e10}
