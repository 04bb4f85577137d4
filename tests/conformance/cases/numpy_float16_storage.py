import numpy as np


def half(x: np.ndarray) -> list[np.ndarray]:
    h = x.astype(np.float16)
    return [
        h,
        h.astype(np.float32),
        h + h,
        h * 2,
        h.dtype == np.float16,
        h.astype(np.float64),
        h.max(),
        h > 1,
    ]


# inputs: {"x": [0.1, 1.0, 65504.0, 70000.0, -0.0003]}
# inputs: {"x": [1.0009765625, 2.5, 3.14159]}
