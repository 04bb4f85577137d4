import numpy as np


def build(rows: list[list[float]], flags: list[bool], ids: list[int]) -> list[np.ndarray]:
    return [
        np.array(rows),
        np.array(flags),
        np.array(ids),
        np.asarray(ids, dtype=np.float32),
        np.array([[1, 2], [3, 4]]),
        np.array([0.5, 1.5]) * np.array(ids[:2]),
    ]


# inputs: {"rows": [[1.0, 2.0], [3.5, 4.5]], "flags": [true, false], "ids": [3, 1, 2]}
# inputs: {"rows": [], "flags": [], "ids": [7, 8]}
