import numpy as np


def running(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.cumsum(x, axis=-1),
        x.cumsum(axis=0),
        x.astype(np.int32).cumsum(axis=1),
        x.astype(np.uint8).cumsum(),
        (x > 2).cumsum(axis=-1),
        np.cumsum(x.T, axis=0),
        x.astype(np.float32).cumsum(axis=-2),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[2000000000, 2000000000], [100, 200]]}
# inputs: {"x": [[250, 10]]}
