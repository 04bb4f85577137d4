import numpy as np


def distinct(x: np.ndarray) -> list[np.ndarray]:
    values, counts = np.unique(x, return_counts=True)
    firsts, where = np.unique(x, return_index=True)
    v3, i3, c3 = np.unique(x, return_index=True, return_counts=True)
    plain = np.unique(x, return_counts=False)
    v4, inverse = np.unique(x, return_inverse=True)
    v5, i5, inv5, c5 = np.unique(x, return_index=True, return_inverse=True, return_counts=True)
    v6, inv6, c6 = np.unique(x.T, return_counts=True, return_inverse=True)
    y = np.where(x < 0, np.nan, x)
    nan_values, nan_counts = np.unique(y, return_counts=True)
    return [
        np.unique(x),
        values,
        counts,
        firsts,
        where,
        v3,
        i3,
        c3,
        plain,
        v4,
        inverse,
        v5 + i5 + c5,
        inv5,
        v6,
        inv6,
        c6,
        nan_values,
        nan_counts,
        np.unique(x.astype(np.int32)),
        np.unique(x > 2),
        np.unique(x.astype(np.float32)),
    ]


# inputs: {"x": [[3.0, 1.0, 3.0], [2.0, 1.0, 3.0]]}
# inputs: {"x": [[-1.0, 2.0, -1.0], [-2.0, 2.0, 0.5]]}
# inputs: {"x": [[7.0]]}
