import numpy as np


def make(n: int) -> list[np.ndarray]:
    return [
        np.zeros(n),
        np.ones((2, n), dtype=np.int32),
        np.full((n, 2), 7),
        np.full(n, 0.5),
        np.arange(n),
        np.arange(1, n, 2),
        np.arange(0.0, 1.0, 0.25),
        np.linspace(0, 1, n),
        np.linspace(0, 10, 5, endpoint=False),
        np.eye(n),
        np.eye(2, 3, k=1),
        np.empty((0, n)),
    ]


# inputs: {"n": 3}
# inputs: {"n": 1}
# inputs: {"n": 0}
