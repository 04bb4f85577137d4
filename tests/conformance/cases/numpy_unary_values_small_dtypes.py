import numpy as np

# float-tolerance: 1e-3


def values(x: np.ndarray) -> list[np.ndarray]:
    u = x.astype(np.uint8)
    return [np.sqrt(u), np.exp(x > 1), np.log1p(u), -u, np.square(u), np.abs(x.astype(np.int32))]


# inputs: {"x": [0, 1, 2, 16, 255]}
# inputs: {"x": [3, 200]}
