import numpy as np


def rows(x: np.ndarray) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    for row in x.T:
        out.append(row * 2)
    for block in x.reshape(1, 2, -1):
        out.append(block.sum(axis=0))
    return out


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, 1.5], [2.5, 3.5]]}
