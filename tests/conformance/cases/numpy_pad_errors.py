import numpy as np


def bad_pad(x: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.pad(x, -1)
    if case == 1:
        return np.pad(x, (2, -3))
    if case == 2:
        return np.pad(x, (1, 2, 3))
    if case == 3:
        return np.pad(x, ((1, 2), (1, 2), (3, 4)))
    if case == 4:
        return np.pad(x, 1, mode="bogus")
    if case == 5:
        return np.pad(x, 1, mode="edge", constant_values=3)
    if case == 6:
        return np.pad(x, [[1, 2], [3, -1]])
    if case == 7:
        return np.pad(x, (1.5, 2.0))
    if case == 8:
        return np.pad(x, 1, constant_values=(1, 2, 3))
    if case == 9:
        return np.pad(x[:0], 1, mode="wrap")
    if case == 10:
        return np.pad(x.astype(np.uint8), ((1, 2), (3, 4)), constant_values=((300, 1), (2, 3)))
    if case == 11:
        return np.pad(x, 1, constant_values=np.nan)
    return np.pad(x, 1, constant_values=float("inf"))


# inputs: {"x": [[1, 2], [3, 4]], "case": 0}
# inputs: {"x": [[1, 2], [3, 4]], "case": 1}
# inputs: {"x": [[1, 2], [3, 4]], "case": 2}
# inputs: {"x": [[1, 2], [3, 4]], "case": 3}
# inputs: {"x": [[1, 2], [3, 4]], "case": 4}
# inputs: {"x": [[1, 2], [3, 4]], "case": 5}
# inputs: {"x": [[1, 2], [3, 4]], "case": 6}
# inputs: {"x": [[1, 2], [3, 4]], "case": 7}
# inputs: {"x": [[1, 2], [3, 4]], "case": 8}
# inputs: {"x": [[1, 2], [3, 4]], "case": 9}
# inputs: {"x": [[1, 2], [3, 4]], "case": 10}
# inputs: {"x": [[1, 2], [3, 4]], "case": 11}
# inputs: {"x": [[1, 2], [3, 4]], "case": 12}
