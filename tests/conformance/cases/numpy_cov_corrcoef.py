import numpy as np


def covariances(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    return [
        np.cov(x),
        np.cov(x, rowvar=False),
        np.cov(x, bias=True),
        np.cov(x, ddof=2),
        np.cov(x, y),
        np.cov(x.T, y, rowvar=False),
        np.cov(x[0]),
        np.cov(x.astype(np.float32)),
        np.cov(x[:, ::2]),
        np.corrcoef(x),
        np.corrcoef(x, y),
        np.corrcoef(x, rowvar=False),
        np.corrcoef(x[0]),
    ]


# float-tolerance: 1e-12
# inputs: {"x": [[1.5, 2.0, 3.25, 4.0], [0.1, -0.2, 0.3, 7.0]], "y": [2.0, 1.0, 0.0, -1.0]}
# inputs: {"x": [[1, 2, 4, 8], [3, 1, 4, 1], [5, 9, 2, 6]], "y": [[1, 0, 0, 1]]}
