import numpy as np


def likes(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.zeros_like(x),
        np.ones_like(x),
        np.full_like(x, 3),
        np.ones_like(x, dtype=np.float32),
    ]


# inputs: {"x": [[1, 2], [3, 4]]}
# inputs: {"x": [0.5, 1.5]}
