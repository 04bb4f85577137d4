import numpy as np


def compare(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b, a > 2, 1 < a]


# inputs: {"a": [1, 2, 3, 4], "b": [4, 2, 2, 4]}
# inputs: {"a": [[0.5, 2.5]], "b": [[1.0], [2.5]]}
