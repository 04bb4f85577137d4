import numpy as np

# float-tolerance: 1e-15


def binary_transcendental(x: np.ndarray, y: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, np.where(x == 98, np.inf, x))
    b = np.where(y == 99, np.nan, np.where(y == -98, -np.inf, y))
    i = x.astype(np.int64)
    results = [
        np.hypot(a, b),
        np.hypot(i, 4),
        np.arctan2(a, b),
        np.atan2(b[::-1], a),
        np.arctan2(i, i.astype(np.int32)),
        np.logaddexp(a, b),
        np.logaddexp(a, a),
        np.logaddexp(i, 1.5),
        np.logaddexp2(a, b),
        np.logaddexp2(b, b),
        np.logaddexp2(2, a),
    ]
    return results, [str(r.dtype) for r in results] + [
        str(np.hypot(i.astype(np.int8), 1).dtype),
        str(np.logaddexp(a.astype(np.float32), 1.0).dtype),
        str(np.arctan2(i > 0, i > 1).dtype),
    ]


# inputs: {"x": [3.0, -3.0, 0.0, -0.0, 1e200], "y": [4.0, 4.0, -0.0, 0.0, 1e200]}
# inputs: {"x": [99, 98, 0.5, 98, -2.0], "y": [1.0, 2.0, -98, 99, -2.0]}
# inputs: {"x": [[1.0, 2.0], [-5.0, 700.0]], "y": [[0.5], [-800.0]]}
