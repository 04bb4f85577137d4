import numpy as np


def wrap(x: np.ndarray) -> np.ndarray:
    v = x.astype(np.int32)
    return v * v + v


# inputs: {"x": [46341, 65536, -70000, 3]}
# inputs: {"x": [2147483647]}
