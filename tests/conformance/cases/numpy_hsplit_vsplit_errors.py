import numpy as np


def halves_failing(x: np.ndarray, which: int) -> list[np.ndarray]:
    if which == 0:
        return np.hsplit(x[0, 0], 2)
    if which == 1:
        return np.vsplit(x[0], 2)
    return np.hsplit(x, 0)


# inputs: {"x": [[1, 2], [3, 4]], "which": 0}
# inputs: {"x": [[1, 2], [3, 4]], "which": 1}
# inputs: {"x": [[1, 2], [3, 4]], "which": 2}
