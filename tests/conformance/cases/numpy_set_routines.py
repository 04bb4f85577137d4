import numpy as np


def sets(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # Membership and the sorted set routines, with NaN (equal to nothing in isin, one value
    # in np.unique), mixed dtypes promoted, lists and numbers as inputs.
    out = [np.isin(a, b), np.isin(a, b, invert=True), np.isin(a.reshape(2, -1), b)]
    out += [np.isin(a, [2, 3]), np.isin(a, 2), np.isin(2, a), np.isin(a, b.astype(np.float32))]
    out += [np.isin(a.astype(np.uint8), [258, 2]), np.isin(a, b[:0])]
    out += [np.intersect1d(a, b), np.intersect1d(a, [2, 2, 9]), np.union1d(a, b)]
    out += [np.setdiff1d(a, b), np.setdiff1d(b, a), np.setdiff1d([5, 1, 5], [1], True)]
    out += [np.intersect1d(a.astype(np.int32), b.astype(np.float32)), np.union1d([], [])]
    out += [np.intersect1d(np.unique(a), np.unique(b), assume_unique=True)]
    return out


# inputs: {"a": [3, 1, 2, 2, 9, 4], "b": [2, 4, 4, 7]}
# inputs: {"a": [0.5, NaN, 2.0, 2.0, -1.0, 3.0], "b": [NaN, 2.0, 3.0, 0.1]}
