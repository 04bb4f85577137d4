import numpy as np


def at(x: np.ndarray, i: int, j: int) -> float:
    return float(x[i, j])


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "i": 1, "j": -2}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "i": 2, "j": 0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "i": 0, "j": -3}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "i": -3, "j": 0}
