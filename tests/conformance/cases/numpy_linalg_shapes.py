import numpy as np

# float-tolerance: 1e-9


def _matrix(m: int, n: int, phase: float) -> np.ndarray:
    k = np.arange(m * n, dtype=np.float64).reshape(m, n)
    return np.cos(k * 0.61 + phase) + np.eye(m, n)


def shapes(m: int, n: int) -> list[np.ndarray]:
    # Tall and wide matrices around the SVD's 32-column switch to a Gram-matrix start, full
    # and reduced, through what users take from them (values, reconstructions, projections,
    # orthogonality), and a rank-deficient one (two equal column blocks).
    a = _matrix(m, n, 0.25)
    u, s, vt = np.linalg.svd(a)
    k = s.shape[0]
    twice = np.concatenate([a, a], axis=1)
    q, r = np.linalg.qr(a, mode="complete")
    return [
        s,
        np.round((u[:, :k] * s) @ vt[:k], 10),
        np.round(u.T @ u, 10),
        np.round(vt @ vt.T, 10),
        np.round(np.linalg.svd(twice, compute_uv=False), 9),
        np.linalg.matrix_rank(twice),
        np.round(q @ r, 10),
        np.round(q.T @ q, 10),
        np.round(np.linalg.pinv(a) @ a, 10),
        np.linalg.norm(a, 2),
        np.linalg.norm(a, "nuc"),
    ]


# inputs: {"m": 40, "n": 31}
# inputs: {"m": 40, "n": 32}
# inputs: {"m": 33, "n": 70}
# inputs: {"m": 64, "n": 64}
# inputs: {"m": 100, "n": 3}
# inputs: {"m": 2, "n": 50}
