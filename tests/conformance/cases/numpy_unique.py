import numpy as np


def distinct(x: np.ndarray) -> list[np.ndarray]:
    values, counts = np.unique(x, return_counts=True)
    firsts, where = np.unique(x, return_index=True)
    v3, i3, c3 = np.unique(x, return_index=True, return_counts=True)
    plain = np.unique(x, return_counts=False)
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
        nan_values,
        nan_counts,
        np.unique(x.astype(np.int32)),
        np.unique(x > 2),
        np.unique(x.astype(np.float32)),
    ]


# inputs: {"x": [[3.0, 1.0, 3.0], [2.0, 1.0, 3.0]]}
# inputs: {"x": [[-1.0, 2.0, -1.0], [-2.0, 2.0, 0.5]]}
# inputs: {"x": [[7.0]]}
