import numpy as np


def rounded(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.round(x),
        np.rint(x),
        np.floor(x),
        np.ceil(x),
        np.round(x.astype(np.float32)),
        np.sign(x),
        np.abs(x),
        np.round(x.astype(np.int32)),
    ]


# inputs: {"x": [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, -0.0]}
# inputs: {"x": [1e15, -3.7, 0.49999999999999994]}
