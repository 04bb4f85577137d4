import numpy as np


def spread(x: np.ndarray) -> list[np.ndarray]:
    return [np.broadcast_to(x, (2, 3)), np.broadcast_to(x, (3, 2, 3)) + 1]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [[5], [6]]}
