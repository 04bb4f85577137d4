import numpy as np


def empty_matrices(n: int) -> list[np.ndarray]:
    # 0 x 0 and 0 x n matrices, and empty stacks of 2 x 2 ones.
    square = np.zeros((0, 0))
    wide = np.zeros((0, n))
    stack = np.zeros((0, 2, 2))
    sign, logdet = np.linalg.slogdet(square)
    q, r = np.linalg.qr(wide)
    u, s, vt = np.linalg.svd(wide)
    w, v = np.linalg.eigh(square)
    return [
        np.linalg.inv(square),
        np.linalg.det(square),
        sign,
        logdet,
        np.linalg.cholesky(square),
        q,
        r,
        u,
        s,
        vt,
        w,
        v,
        np.linalg.inv(stack),
        np.linalg.det(stack),
        np.linalg.pinv(wide),
        np.linalg.matrix_rank(wide),
    ]


# inputs: {"n": 3}
# inputs: {"n": 0}
