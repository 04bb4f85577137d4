import numpy as np


def shifted(x: np.ndarray, n: int) -> np.ndarray:
    # numpy 2 (NEP 50): a Python int must fit the array's dtype.
    return x.astype(np.uint8) + n


# inputs: {"x": [1, 2], "n": 250}
# inputs: {"x": [1, 2], "n": 300}
# inputs: {"x": [1, 2], "n": -1}
