import numpy as np


def bad_lexsort(a: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.lexsort((a, a[:2]))
    return np.lexsort([])


# inputs: {"a": [3, 1, 2], "case": 0}
# inputs: {"a": [3, 1, 2], "case": 1}
