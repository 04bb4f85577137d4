import numpy as np

# float-tolerance: 1e-12


def rank_deficient(a: np.ndarray) -> list[np.ndarray]:
    # Zero singular values leave singular vectors to be completed to orthonormal bases; the
    # smallest singular values are rounding noise in any implementation, so round.
    u, s, vt = np.linalg.svd(a)
    return [
        np.round(s, 9),
        np.round((u[:, : s.shape[0]] * s) @ vt[: s.shape[0]], 9),
        np.round(u.T @ u, 9),
        np.round(vt @ vt.T, 9),
        np.linalg.matrix_rank(a),
    ]


# inputs: {"a": [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 1.0, 1.0], [0.0, 1.0, 2.0]]}
# inputs: {"a": [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]}
# inputs: {"a": [[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]}
# inputs: {"a": [[1, 1], [1, 1]]}
