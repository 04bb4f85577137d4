import numpy as np


def taken(x: np.ndarray, ids: list[int]) -> list[np.ndarray]:
    idx = np.array(ids, dtype=np.int64)
    return [
        np.take(x, idx),
        np.take(x, idx, axis=0),
        np.take(x.T, idx, axis=-1),
        np.take(x[:, ::-1], idx, axis=1),
        np.take(x, idx.reshape(1, -1), axis=0),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "ids": [0, 2]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "ids": [-1, -3, 1]}
# inputs: {"x": [[1.5, 2.5, 3.5], [4.5, 5.5, 6.5], [7.5, 8.5, 9.5]], "ids": []}
