import numpy as np


def repeated(x: np.ndarray, n: int) -> list[np.ndarray]:
    return [
        np.repeat(x, n),
        np.repeat(x, n, axis=0),
        np.repeat(x, n, axis=-1),
        x.repeat(n, axis=1),
        np.tile(x, n),
        np.tile(x, (n, 1)),
        np.tile(x, (1, 1, n)),
        np.tile(x.T, 2),
    ]


# inputs: {"x": [[1, 2], [3, 4]], "n": 2}
# inputs: {"x": [[1.5, -2.0, 0.0]], "n": 3}
# inputs: {"x": [[1, 2], [3, 4]], "n": 0}
