import numpy as np


def flat_and_back(flat: np.ndarray, row: np.ndarray, col: np.ndarray) -> list[np.ndarray]:
    i = flat.astype(np.int64)
    r = row.astype(np.int64)
    c = col.astype(np.int64)
    rows, columns = np.unravel_index(i, (3, 4))
    fr, fc = np.unravel_index(i, (3, 4), order="F")
    one = np.unravel_index(7, [3, 4])
    three = np.unravel_index(i.reshape(1, -1), (2, 3, 2))
    return [
        rows,
        columns,
        fr,
        fc,
        one[0],
        one[1],
        *three,
        *np.unravel_index(i, 12),
        np.ravel_multi_index((r, c), (3, 4)),
        np.ravel_multi_index((r, c), (3, 4), order="F"),
        np.ravel_multi_index([r, c], [3, 4], mode="wrap"),
        np.ravel_multi_index((r, c), (3, 4), mode="clip"),
        np.ravel_multi_index((r.reshape(-1, 1), c), (3, 4), mode="clip"),
        np.ravel_multi_index((rows, columns), (3, 4)),
        *np.diag_indices(3),
        *np.diag_indices(2, 3),
    ]


# inputs: {"flat": [5, 11, 0, 6], "row": [0, 2, 1, 2], "col": [3, 0, 1, 2]}
# inputs: {"flat": [], "row": [], "col": []}
# inputs: {"flat": [5, 11, 0, 6], "row": [0, 2, 5, 2], "col": [3, 0, -1, 2]}
# inputs: {"flat": [5, 12], "row": [0], "col": [3]}
# inputs: {"flat": [-1], "row": [0], "col": [3]}
