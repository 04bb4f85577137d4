import numpy as np


def bytes_math(x: np.ndarray) -> list[np.ndarray]:
    u = x.astype(np.uint8)
    return [
        u + u,
        u - 1,
        u * 2,
        u // 3,
        u % 7,
        u.sum(),
        u.max(axis=0),
        u > 128,
        u.astype(np.float32) / 255,
        u + np.arange(len(u)),
    ]


# inputs: {"x": [0, 1, 128, 255]}
# inputs: {"x": [200, 100]}
