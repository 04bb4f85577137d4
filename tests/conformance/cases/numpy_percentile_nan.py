import numpy as np


def cuts(x: np.ndarray) -> list[np.ndarray]:
    y = np.where(x < 0, np.nan, x)
    return [
        np.quantile(y, 0.5),
        np.quantile(y, [0.2, 0.8], axis=1),
        np.percentile(y.astype(np.float32), 60.0, axis=0),
        np.quantile(x, 1.0),
        np.quantile(x, 1),
    ]


# inputs: {"x": [[1.0, -1.0, 2.0], [3.0, 4.0, 5.0]]}
# inputs: {"x": [[1.0, 1e308, 2.0], [3.0, 4.0, 5.0]]}
