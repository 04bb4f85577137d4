import numpy as np


def reduce_views(x: np.ndarray) -> list[np.ndarray]:
    t = x.T
    s = x[::2, ::-1]
    return [
        t.sum(axis=1),
        t.max(axis=0),
        s.mean(axis=0),
        s.prod(axis=-1),
        t.argmax(axis=0),
        x[:, 1::2].min(axis=1),
        s.any(axis=1),
        t.cumsum(axis=1),
    ]


# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]}
# inputs: {"x": [[0.5, -1.0, 2.0], [3.0, 0.0, -4.0], [6.0, 6.0, 6.0]]}
