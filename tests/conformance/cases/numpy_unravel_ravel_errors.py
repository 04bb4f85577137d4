import numpy as np


def indexing_failing(i: np.ndarray, which: int) -> list[np.ndarray]:
    if which == 0:
        return list(np.unravel_index(i.astype(float), (3, 4)))
    if which == 1:
        return list(np.unravel_index(i, (3, 4), order="X"))
    if which == 2:
        return [np.ravel_multi_index((i,), (3, 4))]
    if which == 3:
        return [np.ravel_multi_index((i, i[:2]), (3, 4))]
    if which == 4:
        return [np.ravel_multi_index((i, i.astype(float)), (3, 4))]
    if which == 5:
        return [np.ravel_multi_index((i, i), (3, 4), mode="nope")]
    return [np.ravel_multi_index((i, i), (3, 4))]


# inputs: {"i": [0, 1, 2], "which": 0}
# inputs: {"i": [0, 1, 2], "which": 1}
# inputs: {"i": [0, 1, 2], "which": 2}
# inputs: {"i": [0, 1, 2], "which": 3}
# inputs: {"i": [0, 1, 2], "which": 4}
# inputs: {"i": [0, 1, 2], "which": 5}
# inputs: {"i": [0, 1, 3], "which": 6}
