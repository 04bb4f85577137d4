import numpy as np


def triangles(n: int, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    x = np.arange(n * 4).reshape(n, 4)
    lower = np.tril_indices(n, k, 4)
    return [
        np.tril_indices(n),
        np.triu_indices(n),
        np.tril_indices(n, k),
        np.triu_indices(n, k=k, m=4),
        lower,
        (x[lower], x[np.triu_indices(n, -k, 4)]),
    ]


# inputs: {"n": 3, "k": 0}
# inputs: {"n": 3, "k": 1}
# inputs: {"n": 4, "k": -2}
# inputs: {"n": 0, "k": 0}
# inputs: {"n": -1, "k": 5}
