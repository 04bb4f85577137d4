import numpy as np


def convert(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.astype(np.int32),
        x.astype(np.uint8),
        x.astype(np.bool_),
        x.astype(np.float32),
        x.astype(np.int64),
    ]


# inputs: {"x": [1.9, -1.9, 0.0, 255.5, 256.0, -3.0]}
# inputs: {"x": [100000.0, 3e9]}
