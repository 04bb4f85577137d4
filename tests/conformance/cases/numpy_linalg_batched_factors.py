import numpy as np

# float-tolerance: 1e-9


def stacked_factors(a: np.ndarray) -> list[np.ndarray]:
    # Stacks of 3 x 2 matrices (and their 2 x 3 transposes, as views): each matrix is
    # factored on its own; reconstructions and values compared.
    u, s, vt = np.linalg.svd(a)
    ut, st, vtt = np.linalg.svd(np.swapaxes(a, -1, -2), full_matrices=False)
    gram = np.swapaxes(a, -1, -2) @ a
    w, v = np.linalg.eigh(gram)
    q, r = np.linalg.qr(a)
    return [
        s,
        np.round(u[..., :2] * s[..., np.newaxis, :] @ vt, 12),
        np.round(ut * st[..., np.newaxis, :] @ vtt, 12),
        w,
        np.round(v * w[..., np.newaxis, :] @ np.swapaxes(v, -1, -2), 12),
        q,
        r,
        np.round(np.linalg.pinv(a), 12),
        np.linalg.cholesky(gram),
        np.linalg.det(gram),
    ]


# inputs: {"a": [[[1.0, 2.0], [3.0, -4.0], [5.0, 6.5]], [[2.0, 0.5], [-1.0, 1.0], [0.25, 3.0]]]}
# inputs: {"a": [[[[1, 2], [3, 4], [5, 7]]], [[[0, 1], [1, 0], [1, 1]]]]}
