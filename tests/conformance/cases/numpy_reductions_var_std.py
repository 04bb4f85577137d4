import numpy as np


def spread(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.var(),
        x.std(axis=0),
        np.var(x, axis=1, ddof=1),
        np.std(x, ddof=1),
        x.var(axis=-1, keepdims=True),
    ]


# inputs: {"x": [[1.0, 2.0, 4.0], [8.0, 16.0, 32.0]]}
# inputs: {"x": [[1, 1, 1], [2, 3, 4]]}
