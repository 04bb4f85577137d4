import numpy as np


def finite(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, np.where(x == 98, np.inf, np.where(x == -98, -np.inf, x)))
    f = a.astype(np.float32)
    kept = a.copy()
    same = np.nan_to_num(kept, copy=False, nan=-1.0)
    n = np.array([1, 2, 3])
    results = [
        np.nan_to_num(a),
        np.nan_to_num(a[::-1], nan=5.0),
        np.nan_to_num(a, posinf=1e3, neginf=-1e3),
        np.nan_to_num(f),
        np.nan_to_num(f, nan=0.5, posinf=7.0),
        np.nan_to_num(a.astype(np.float16), neginf=-1.0),
        np.nan_to_num(n),
        np.nan_to_num(n > 1),
        kept,
        same,
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [1.5, 99, 98, -98, -0.0, 3.0]}
# inputs: {"x": [[99, 98], [-98, 2.0]]}
# inputs: {"x": []}
