import numpy as np

# float-tolerance: 1e-8


def _matrix(m: int, n: int, phase: float) -> np.ndarray:
    # A dense, full-rank, moderately conditioned m x n matrix without random numbers.
    k = np.arange(m * n, dtype=np.float64).reshape(m, n)
    return np.sin(k * 0.37 + phase) + np.eye(m, n) * 2.0


def larger(m: int, n: int) -> list[np.ndarray]:
    # Matrices of tens of rows: LU, Householder QR, the tridiagonal QL and one-sided Jacobi
    # against LAPACK's blocked algorithms.
    a = _matrix(m, n, 0.5)
    square = _matrix(n, n, 1.5)
    gram = a.T @ a
    q, r = np.linalg.qr(a)
    sign, logdet = np.linalg.slogdet(square)
    return [
        np.linalg.eigvalsh(gram),
        np.linalg.svd(a, compute_uv=False),
        np.linalg.inv(square),
        np.linalg.solve(square, np.arange(n, dtype=np.float64) + 1.0),
        sign,
        logdet,
        np.abs(np.diagonal(r)),
        np.linalg.cholesky(gram),
        np.linalg.pinv(a),
        np.linalg.lstsq(a, np.arange(m, dtype=np.float64))[0],
    ]


# inputs: {"m": 90, "n": 60}
# inputs: {"m": 40, "n": 40}
