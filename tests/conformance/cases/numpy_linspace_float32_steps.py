import numpy as np


def grid(n: int) -> list[np.ndarray]:
    xs = np.linspace(-1.0, 1.0, n)
    return [
        xs,
        xs.astype(np.float32),
        np.linspace(0.0, 1.0, n, endpoint=False) * 10,
        np.arange(0.0, n * 0.1, 0.1),
    ]


# inputs: {"n": 4}
# inputs: {"n": 11}
# inputs: {"n": 1}
