import numpy as np


def products(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.T @ x,
        x @ x.T,
        x[:, ::2] @ x[:, ::2].T,
        x[::-1] @ x.T[:, ::-1],
        np.matmul(x.T[1:], x[:, :2]),
        np.dot(x[0, ::-1], x[-1, ::-1]),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, -1.0, 2.0, 0.25], [1.5, 2.5, -3.0, 4.0], [1.0, 0.0, 1.0, 0.0]]}
