import numpy as np


def multi(x: np.ndarray, rows: list[int], cols: list[int]) -> list[np.ndarray]:
    a = (np.arange(24) * x[0] + x[1]).reshape(2, 3, 4)
    r = np.array(rows)
    c = np.array(cols)
    m = a[0]
    return [
        m[r % 3, c],
        m[rows, cols],
        a[r % 2, :, c],
        a[:, r % 3, c],
        a[r % 2, r % 3],
        a[0, :, c],
        a[r % 2, 1, c],
        a[:, 1, c],
        a[..., c][r % 2],
        m[(r % 3)[:, None], c[None, :]],
        a[(r % 2)[:, None], :, c[None, :]],
        a[a > 5],
        a[a > 100],
        a[r % 2, :, a[0, 0] > 100],
        a[a[:, :, 0] > 3],
        a[:, m > 5],
        a[a[:, 0, 0] > 0, 1:, c],
        a[a[:, 0, 0] >= 0, 0, c],
        a[None, r % 2, 2, c],
        m[np.array(True)],
        m[np.array(False)],
        m[r % 3][:, c],
    ]


# inputs: {"x": [1, 1], "rows": [0, 2], "cols": [3, -1]}
# inputs: {"x": [-2, 5], "rows": [1, 1, 0], "cols": [0, 2, 1]}
