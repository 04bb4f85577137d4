import numpy as np


def binary_exact_math(x: np.ndarray, y: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    # numpy computes these with the C library in the operands' own precision: exact here.
    a = np.where(x == 99, np.nan, np.where(x == 98, np.inf, x))
    b = np.where(y == 99, np.nan, np.where(y == -98, -np.inf, y))
    f = a.astype(np.float32)
    g = b.astype(np.float32)
    i = x.astype(np.int64)
    results = [
        np.hypot(a, b),
        np.hypot(f, g[::-1]),
        np.hypot(i, 4),
        np.logaddexp(a, b),
        np.logaddexp(a, a),
        np.logaddexp(f, g),
        np.logaddexp(i, 1.5),
        np.logaddexp2(a, b),
        np.logaddexp2(b, b),
        np.logaddexp2(f.T, g.T),
        np.logaddexp2(2, a),
    ]
    return results, [str(r.dtype) for r in results] + [
        str(np.hypot(i.astype(np.int8), 1).dtype),
        str(np.logaddexp(f, 1.0).dtype),
        str(np.logaddexp2(i > 0, i > 1).dtype),
    ]


# inputs: {"x": [3.0, -3.0, 0.0, -0.0, 1e200], "y": [4.0, 4.0, -0.0, 0.0, 1e200]}
# inputs: {"x": [99, 98, 0.5, 98, -2.0], "y": [1.0, 2.0, -98, 99, -2.0]}
# inputs: {"x": [[1.0, 2.0], [-5.0, 700.0]], "y": [[0.5], [-800.0]]}
# inputs: {"x": [0.1, -2.7, 13.25, 0.001, -40.5], "y": [-0.3, 2.6, 13.0, -17.5, 1e-4]}
