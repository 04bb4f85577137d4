import numpy as np


def is_float32(x: np.ndarray, cast: bool) -> bool:
    y = x.astype(np.float32) if cast else x
    return y.dtype == np.float32


# inputs: {"x": [1, 2], "cast": true}
# inputs: {"x": [1.0, 2.0], "cast": false}
