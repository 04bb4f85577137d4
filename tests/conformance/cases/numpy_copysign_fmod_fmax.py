import numpy as np


def binary_exact(x: np.ndarray, y: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, x)
    b = np.where(y == 99, np.nan, y)
    i = x.astype(np.int64)
    j = y.astype(np.int64)
    results = [
        np.copysign(a, b),
        np.copysign(a, -1),
        np.copysign(i, j),
        np.copysign(2.5, b),
        np.fmod(a, b),
        np.fmod(i, j),
        np.fmod(i.astype(np.int32), 3),
        np.fmod(i, 2.5),
        np.fmod(a.astype(np.float32), b.astype(np.float32)),
        np.fmod(i > 0, j > 0),
        np.fmax(a, b),
        np.fmin(a, b),
        np.fmax(a, np.nan),
        np.fmin(i, j),
        np.fmax(i.astype(np.uint8), 3),
        np.fmin(a[::-1], b),
        np.heaviside(a, 0.5),
        np.heaviside(a, b),
        np.heaviside(i, j),
        np.heaviside(a.astype(np.float32), np.float32(2.0)),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [7.5, -7.5, 7.0, -7.0, 0.0], "y": [2.0, 2.0, -3.0, -3.0, 5.0]}
# inputs: {"x": [99, 3.0, -0.0, 99, -1.0], "y": [1.0, 0.0, 99, 99, -0.0]}
# inputs: {"x": [[5.0, -4.0], [0.0, 9.0]], "y": [[-2.0], [3.0]]}
