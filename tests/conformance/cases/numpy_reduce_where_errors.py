import numpy as np


# Masks numpy refuses: not bool, a shape that does not broadcast onto the array's, more
# dimensions than it; and max / min with where= but no initial=.
def refused(case: int) -> np.ndarray:
    a = np.ones((2, 3))
    if case == 0:
        return np.sum(a, where=np.ones((2, 3), dtype=np.int64))
    if case == 1:
        return np.sum(a, axis=1, where=np.ones(4, dtype=bool))
    if case == 2:
        return np.mean(a, where=np.ones((3, 3), dtype=bool))
    if case == 3:
        return np.any(a, where=np.ones((2, 2, 3), dtype=bool))
    if case == 4:
        return np.max(a, where=np.ones(3, dtype=bool))
    return np.min(a, axis=0, where=np.ones(3, dtype=bool))


# inputs: {"case": 0}
# inputs: {"case": 1}
# inputs: {"case": 2}
# inputs: {"case": 3}
# inputs: {"case": 4}
# inputs: {"case": 5}
