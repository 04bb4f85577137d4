import numpy as np


def sliced(x: np.ndarray) -> list[np.ndarray]:
    return [
        x[:, 0],
        x[-1, :],
        x[1:, ::-1],
        x[::-1, ::2],
        x[..., -1],
        x[None, 1:, 1],
        x[:, None, 0],
        x[1, ...],
        x[::2, 1:2],
        x[-1][-1],
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}
# inputs: {"x": [[0.5, 1.5], [2.5, 3.5]]}
