import numpy as np


def clipped(x: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> list[np.ndarray]:
    return [
        np.clip(x, lo, hi),
        np.clip(x, lo[:1], hi[:1]),
        np.clip(x.astype(np.int32), 0, 3),
        np.clip(x.astype(np.float32), -0.5, 0.5),
        x.clip(max=0.0),
        np.clip(x, 3.0, 1.0),
    ]


# inputs: {"x": [-2.0, 0.0, 1.5, 9.0], "lo": [0.0, -1.0, 2.0, 3.0], "hi": [1.0, 1.0, 2.0, 8.0]}
# inputs: {"x": [5, -5, 0, 2], "lo": [1, 1, 1, 1], "hi": [2, 2, 2, 2]}
