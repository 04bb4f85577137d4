import numpy as np

# float-tolerance: 1e-12


def batched(x: np.ndarray, w: np.ndarray) -> list[np.ndarray]:
    q = x.reshape(2, 2, -1)
    return [
        np.einsum("bij,bjk->bik", q, q.transpose(0, 2, 1)),
        np.einsum("bsd,d->bs", q, w),
        np.einsum("bsd,bsd->bs", q, q),
        np.einsum("bsd->bd", q),
        np.einsum("bsd,bs->bd", q, q[:, :, 0]),
        np.einsum("bhd,bkd->bhk", q, q),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "w": [1.0, -1.0, 0.5]}
# inputs: {"x": [0.5, 0.25, -1.0, 2.0, 0.0, 1.0, 3.0, -2.0], "w": [2.0, 1.0]}
