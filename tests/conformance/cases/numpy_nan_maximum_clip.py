import numpy as np


def nan_paths(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    return [
        np.maximum(x, y),
        np.minimum(x, y),
        np.clip(x, -1.0, 1.0),
        np.clip(x, None, 0.5),
        x.clip(min=0.0),
        np.maximum(x, 0.0),
        np.where(np.isnan(x), 0.0, x),
        np.isfinite(x),
        np.isinf(y),
    ]


# inputs: {"x": [1.0, -5.0, 0.25, 3.0], "y": [0.0, 2.0, -1.0, 9.0]}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [0.5, 10.0]}
