import numpy as np

# float-tolerance: 1e-9


def symmetric_shortcuts(a: np.ndarray) -> list[np.ndarray]:
    # hermitian=True takes the SVD from eigh: singular values are |eigenvalues|, V^T the
    # eigenvectors times their eigenvalues' signs (both read from the lower triangle).
    u, s, vt = np.linalg.svd(a, hermitian=True)
    return [
        s,
        np.round((u * s) @ vt, 12),
        np.linalg.svd(a, compute_uv=False, hermitian=True),
        np.round(np.linalg.pinv(a, hermitian=True), 12),
        np.round(np.linalg.pinv(a), 12),
        np.linalg.matrix_rank(a, hermitian=True),
        np.linalg.matrix_rank(a, None, True),
    ]


# inputs: {"a": [[2.0, -1.0, 0.0], [-1.0, -3.0, 0.5], [0.0, 0.5, 1.0]]}
# inputs: {"a": [[4.0, 2.0], [2.0, 1.0]]}
# inputs: {"a": [[[1.0, 2.0], [2.0, 1.0]], [[0.0, 0.0], [0.0, 0.0]]]}
# inputs: {"a": [[1.0, 0.0], [5.0, -2.0]]}
