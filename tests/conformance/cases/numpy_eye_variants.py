import numpy as np


def identities(n: int, m: int, k: int) -> list[np.ndarray]:
    return [
        np.eye(n),
        np.eye(n, m),
        np.eye(n, m, k=k),
        np.eye(n, k=-k),
        np.eye(n, m, k, dtype=np.int32),
        np.eye(n, dtype=np.bool_),
    ]


# inputs: {"n": 3, "m": 4, "k": 1}
# inputs: {"n": 2, "m": 2, "k": 5}
# inputs: {"n": 0, "m": 3, "k": 0}
# inputs: {"n": 4, "m": 1, "k": -2}
