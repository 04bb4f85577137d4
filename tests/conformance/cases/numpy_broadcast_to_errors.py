import numpy as np


def stretched(x: np.ndarray, rows: int) -> np.ndarray:
    return np.broadcast_to(x, (rows, 3))


# inputs: {"x": [1, 2, 3], "rows": 2}
# inputs: {"x": [[1], [2]], "rows": 2}
# inputs: {"x": [1, 2], "rows": 2}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "rows": 3}
