import numpy as np


def corners(col: np.ndarray, row: np.ndarray) -> list[np.ndarray]:
    c = col.reshape(-1, 1)
    r = row.reshape(1, -1)
    zero_d = np.array(2.0)
    return [
        c + r,
        c * row,
        row - c,
        zero_d * c,
        r / (c + 10),
        np.maximum(c, row),
        (c > r).astype(np.int32),
    ]


# inputs: {"col": [1.0, 2.0, 3.0], "row": [10.0, 20.0, 30.0, 40.0]}
# inputs: {"col": [5.0], "row": [1.0, -1.0]}
# inputs: {"col": [1.0, 2.0], "row": [7.0]}
# inputs: {"col": [], "row": [1.0, 2.0]}
