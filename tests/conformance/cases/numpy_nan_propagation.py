import numpy as np


def propagate(x: np.ndarray, nan_at: int) -> list[np.ndarray]:
    y = x.copy()
    y[nan_at] = np.nan
    return [
        np.isnan(y.sum()),
        np.isnan(y.max()),
        np.isnan(y.min()),
        np.isnan(np.maximum(y, 0.0)),
        np.isnan(np.minimum(y, x)),
        np.isnan(np.clip(y, 0.0, 1.0)),
        y.argmax(),
        y.argmin(),
        np.sort(y),
        np.argsort(y),
        np.isnan(y.cumsum()),
        np.isnan(y.mean()),
        y > 0,
        y == y,
    ]


# inputs: {"x": [3.0, 1.0, 2.0, 5.0], "nan_at": 1}
# inputs: {"x": [3.0, 1.0, 2.0, 5.0], "nan_at": 3}
# inputs: {"x": [3.0, 1.0, 2.0, 5.0], "nan_at": 0}
