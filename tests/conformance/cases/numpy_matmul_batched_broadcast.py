import numpy as np


def batched(x: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 2, -1)
    w = x[: a.shape[2] * 2].reshape(a.shape[2], 2)
    return [
        a @ w,
        a @ a.transpose(0, 2, 1),
        np.matmul(a[:1], a.transpose(0, 2, 1)),
        a[:, :, ::-1] @ w,
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
# inputs: {"x": [0.5, -1.0, 2.0, 0.25, 1.0, 3.0, -2.0, 4.0]}
