import numpy as np


# Bounds that have no __index__: a float or bool scalar, and an array of more than 0-d.
def refused(case: int) -> list[int]:
    items = [1, 2, 3, 4]
    a = np.arange(4)
    if case == 0:
        return items[: np.float64(2.0)]
    if case == 1:
        return items[: np.array([2])]
    if case == 2:
        return a[np.bool_(True) :].tolist()
    return a.reshape(2, 2)[:, : np.float32(1)].tolist()


# inputs: {"case": 0}
# inputs: {"case": 1}
# inputs: {"case": 2}
# inputs: {"case": 3}
