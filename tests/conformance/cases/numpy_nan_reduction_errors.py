import numpy as np


def nan_errors(x: np.ndarray, which: int) -> np.ndarray:
    a = np.where(x == 99, np.nan, x)
    if which == 0:
        return np.nanargmax(a, axis=1)
    if which == 1:
        return np.nanargmin(a)
    if which == 2:
        return np.nanmax(a[:, :0], axis=1)
    if which == 3:
        return np.nanmin(a[:0])
    return np.nanargmax(a[:0])


# inputs: {"x": [[1.0, 2.0], [99, 99]], "which": 0}
# inputs: {"x": [[99, 99], [99, 99]], "which": 1}
# inputs: {"x": [[1.0, 2.0]], "which": 2}
# inputs: {"x": [[1.0, 2.0]], "which": 3}
# inputs: {"x": [[1.0, 2.0]], "which": 4}
# inputs: {"x": [[1.0, 2.0], [99, 3.0]], "which": 0}
