import numpy as np


def bad_arrange(a: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.fliplr(a)
    if case == 1:
        return np.flipud(a[0])
    if case == 2:
        return np.rot90(a)
    if case == 3:
        return np.rot90(a.reshape(2, 2), 1, (0, 2))
    if case == 4:
        return np.rot90(a.reshape(2, 2), 1, (1, 1))
    if case == 5:
        return np.delete(a, 4)
    if case == 6:
        return np.delete(a.reshape(2, 2), [0, 5], axis=1)
    if case == 7:
        return np.delete(a, np.array([True, False]))
    if case == 8:
        return np.delete(a.reshape(2, 2), -3, axis=0)
    if case == 9:
        return np.append(a.reshape(2, 2), [1, 2, 3], axis=0)
    return np.meshgrid(a, a, indexing="yx")[0]


# inputs: {"a": [1, 2, 3, 4], "case": 0}
# inputs: {"a": [1, 2, 3, 4], "case": 1}
# inputs: {"a": [1, 2, 3, 4], "case": 2}
# inputs: {"a": [1, 2, 3, 4], "case": 3}
# inputs: {"a": [1, 2, 3, 4], "case": 4}
# inputs: {"a": [1, 2, 3, 4], "case": 5}
# inputs: {"a": [1, 2, 3, 4], "case": 6}
# inputs: {"a": [1, 2, 3, 4], "case": 7}
# inputs: {"a": [1, 2, 3, 4], "case": 8}
# inputs: {"a": [1, 2, 3, 4], "case": 9}
# inputs: {"a": [1, 2, 3, 4], "case": 10}
