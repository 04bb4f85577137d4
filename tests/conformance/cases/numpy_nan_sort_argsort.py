import numpy as np


def with_nans(x: np.ndarray) -> list[np.ndarray]:
    y = np.where(x < 0, np.nan, x)
    s = np.sort(y, axis=-1)
    return [
        np.isnan(s),
        np.where(np.isnan(s), -1.0, s),
        np.argsort(y, axis=-1, kind="stable"),
        np.argsort(y, axis=0, kind="stable"),
        np.argmax(y, axis=-1),
        np.argmin(y, axis=0),
    ]


# inputs: {"x": [[3.0, -1.0, 2.0], [-1.0, -1.0, 0.0]]}
# inputs: {"x": [[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]]}
