import numpy as np


def select(x: np.ndarray, keep: list[bool]) -> np.ndarray:
    return x[np.array(keep)]


# inputs: {"x": [1, 2, 3], "keep": [true, false, true]}
# inputs: {"x": [1, 2, 3], "keep": [true, false]}
# inputs: {"x": [[1, 2], [3, 4]], "keep": [true, false, true]}
# inputs: {"x": [[1, 2], [3, 4]], "keep": [false, true]}
