import numpy as np


def areas(y: np.ndarray, x: np.ndarray) -> list[np.ndarray]:
    f = y.astype(np.float32)
    return [
        np.trapezoid(y),
        np.trapezoid(y, dx=0.5),
        np.trapezoid(y, x),
        np.trapezoid(y, axis=0),
        np.trapezoid(f, x.astype(np.float32)),
        np.trapezoid(f, dx=0.1),
        np.trapezoid(y.T, x, axis=0),
        np.trapezoid(y, y),
        np.trapezoid(y[:, :1]),
        np.trapezoid(y.astype(int)),
    ]


# float-tolerance: 1e-6
# inputs: {"y": [[1.0, 2.5, 3.0, 7.25], [0.1, 0.2, 0.3, 0.4]], "x": [0.0, 0.5, 2.0, 2.1]}
# inputs: {"y": [[1, 2, 4, 8]], "x": [3, 2, 1, 0]}
