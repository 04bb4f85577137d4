import numpy as np


def _specials(x: np.ndarray) -> np.ndarray:
    # 99 stands for NaN, 98 for +inf and -98 for -inf (JSON has none of them).
    a = np.where(x == 99, np.nan, x)
    return np.where(a == 98, np.inf, np.where(a == -98, -np.inf, a))


def unary_exact(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = _specials(x)
    v = a[::-1]
    n = np.array([3, -1, 1, 0, 2, -7])
    results = [
        np.reciprocal(v),
        np.reciprocal(a.astype(np.float32)),
        np.reciprocal(n),
        np.reciprocal(n.astype(np.int32)),
        np.reciprocal(n.astype(np.int8)),
        np.reciprocal(n > 0),
        np.trunc(v),
        np.fix(a.astype(np.float32)),
        np.trunc(n),
        np.fix(n > 0),
        np.signbit(v),
        np.signbit(n),
        np.signbit(n > 0),
        np.isneginf(v),
        np.isposinf(v),
        np.isposinf(n),
        np.isneginf(a.astype(np.float16)),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [1.5, -2.5, 0.0, -0.0, 99, 98, -98, 0.25, -0.75, 7.0]}
# inputs: {"x": [[2.0, -0.5], [99, 3.75]]}
# inputs: {"x": []}
