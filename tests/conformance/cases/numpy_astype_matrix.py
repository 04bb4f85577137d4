import numpy as np


def converted(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.astype(np.int64),
        x.astype(np.int32),
        x.astype(np.bool_),
        x.astype(np.float32),
        x.astype(np.float16),
        x.astype("float32"),
        x.astype(int),
        x.astype(float),
        x.astype(bool),
        np.abs(x).astype(np.uint8),
        x.astype(np.float32).astype(np.int32),
    ]


# inputs: {"x": [0.0, 1.9, -1.9, 2.5, -0.4, 100.75]}
# inputs: {"x": [3, -3, 0]}
# inputs: {"x": [true, false]}
