import numpy as np


def index(x: np.ndarray) -> list[np.ndarray]:
    return [
        x[0],
        x[-1],
        x[1:],
        x[::-1],
        x[:, 0],
        x[:, -1],
        x[0, 1],
        x[..., 1],
        x[:, None],
        x[None],
        x[1:, ::2],
        x[::-1, ::-1],
        x[..., None],
        x[:, 1:2],
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}
# inputs: {"x": [[0.5, 1.5], [2.5, 3.5]]}
