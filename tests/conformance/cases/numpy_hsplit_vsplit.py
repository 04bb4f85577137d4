import numpy as np


def halves(x: np.ndarray, n: int) -> list[list[np.ndarray]]:
    return [
        np.hsplit(x, n),
        np.vsplit(x.T, n),
        np.hsplit(x[0], [1, 2]),
        np.vsplit(x.T, [1]),
        np.hsplit(x[:, ::-1], [0, 5]),
    ]


# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8]], "n": 2}
# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8]], "n": 4}
# inputs: {"x": [[1, 2, 3, 4], [5, 6, 7, 8]], "n": 3}
