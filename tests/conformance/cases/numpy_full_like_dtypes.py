import numpy as np


def likes(x: np.ndarray) -> list[np.ndarray]:
    f = x.astype(np.float32)
    return [
        np.zeros_like(x),
        np.ones_like(f),
        np.full_like(x, 7),
        np.full_like(x, 2.75),
        np.full_like(f, 2.75),
        np.empty_like(x).shape == x.shape,
        np.zeros_like(x, dtype=np.uint8),
        np.ones_like(x, dtype=np.bool_),
        np.full((2, 2), 1.5, dtype=np.float32),
        np.full(3, True),
        np.full_like(x.T, -1),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[]]}
