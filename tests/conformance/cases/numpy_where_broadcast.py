import numpy as np


def chosen(x: np.ndarray) -> list[np.ndarray]:
    m = x > 0
    return [
        np.where(m, x, 0),
        np.where(m, 1, -1),
        np.where(m, x, x.T),
        np.where(m[:, :1], x, -x),
        np.where(m, x.astype(np.float32), 0.5),
        np.where(m, x.astype(np.int32), np.int32(0) + 0),
        np.where(x > 100, x, np.zeros((1, x.shape[1]))),
    ]


# inputs: {"x": [[1, -2], [-3, 4]]}
# inputs: {"x": [[0.5, -0.5], [1.5, 0.0]]}
