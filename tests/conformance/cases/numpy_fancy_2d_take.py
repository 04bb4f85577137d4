import numpy as np


def gathered(x: np.ndarray, rows: list[int]) -> list[np.ndarray]:
    idx = np.array(rows)
    return [
        x[idx],
        x[idx][:, ::-1],
        x.T[idx],
        x[idx, 0],
        x[-1, idx],
        x[idx.reshape(-1, 1)],
        np.take(x, idx, axis=1),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "rows": [0, 2, 0]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "rows": [-1]}
