import numpy as np


# A 1-d array, and a cube whose sides differ.
def _refused(case: int) -> None:
    np.fill_diagonal(np.zeros(3) if case == 0 else np.zeros((2, 3, 2)), 1)


def refused(case: int) -> bool:
    _refused(case)
    return True


# inputs: {"case": 0}
# inputs: {"case": 1}
