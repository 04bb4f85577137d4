import numpy as np


def smallest(x: np.ndarray, k: int) -> list[int]:
    part = np.argpartition(x, k)
    chosen: list[int] = np.sort(part[:k]).tolist()
    return chosen


# inputs: {"x": [5.0, 1.0, 4.0, 2.0, 3.0], "k": 2}
# inputs: {"x": [9, 8, 7, 6], "k": 3}
