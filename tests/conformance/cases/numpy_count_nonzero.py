import numpy as np


def counted(x: np.ndarray) -> int:
    y = np.where(x < 0, np.nan, x)
    return (
        np.count_nonzero(x)
        + 10 * np.count_nonzero(y > 1, axis=None)
        + 100 * int(np.count_nonzero(y))
    )


# inputs: {"x": [[0.0, 3.0, -1.0], [1.0, 0.0, 5.0]]}
# inputs: {"x": []}
