import numpy as np


def combine(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a + b, a - b, a * b, b - a, a * 2, 3 - a, a / 2, 2.5 * b]


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [10, 20, 30]}
# inputs: {"a": [[1.5], [2.5]], "b": [[1.0, 2.0, 3.0]]}
# inputs: {"a": [], "b": []}
