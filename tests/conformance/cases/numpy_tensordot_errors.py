import numpy as np


def bad_contraction(a: np.ndarray, case: int) -> np.ndarray:
    b = np.ones((2, 2))
    if case == 0:
        return np.tensordot(a, b, axes=1)
    if case == 1:
        return np.tensordot(a, b, axes=([1], [0, 1]))
    if case == 2:
        return np.tensordot(a, b, axes=([5], [0]))
    if case == 3:
        return np.inner(a, b)
    if case == 4:
        return np.inner(a[0], np.ones((4, 2, 2)))
    return np.vdot(a, b)


# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 0}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 1}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 2}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 3}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 4}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "case": 5}
