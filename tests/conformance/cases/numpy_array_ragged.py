import numpy as np


def ragged(rows: list[list[int]]) -> np.ndarray:
    return np.array(rows)


# inputs: {"rows": [[1, 2], [3, 4]]}
# inputs: {"rows": [[1, 2], [3]]}
