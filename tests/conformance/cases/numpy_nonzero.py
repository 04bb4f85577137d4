import numpy as np


def where_set(x: np.ndarray) -> list[np.ndarray]:
    rows, cols = np.nonzero(x)
    found = x.nonzero()
    return [
        rows,
        cols,
        found[0],
        np.flatnonzero(x),
        np.argwhere(x),
        np.argwhere(x > 2),
        np.nonzero(x.astype(np.float16))[1],
        np.nonzero(x.astype(np.uint8) > 0)[0],
        np.count_nonzero(x, axis=0),
        np.count_nonzero(x, axis=-1),
        np.count_nonzero(x.T, axis=(0, 1)),
        np.flatnonzero(x[:, :0]),
    ]


# inputs: {"x": [[0, 3, 0], [1, 0, 5]]}
# inputs: {"x": [[0.0, -0.0, 0.5], [0.0, 0.0, 0.0]]}
# inputs: {"x": [[0, 0], [0, 0]]}
