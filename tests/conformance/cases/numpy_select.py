import numpy as np


def chosen(x: np.ndarray, which: int) -> np.ndarray:
    if which == 0:
        return np.select([x > 3, x < 1], [x, -x])
    if which == 1:
        return np.select([x > 3, x < 1], [x, -x.astype(float)], default=5)
    if which == 2:
        return np.select([x > 3], [x.astype(np.float32)], default=1.5)
    if which == 3:
        return np.select([x > 3, x > 1], [x * 10, x[0]], 7)
    if which == 4:
        return np.select([x > 3], [x, -x])
    if which == 5:
        return np.select([x], [x])
    if which == 6:
        return np.select([x > 2, x > 4], [x[:, :1], x.astype(np.int32)])
    return np.select([x > 3], [x.astype(np.uint8)], default=-1)


# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 0}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 1}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 2}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 3}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 4}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 5}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 6}
# inputs: {"x": [[0, 1, 2], [3, 4, 5]], "which": 7}
