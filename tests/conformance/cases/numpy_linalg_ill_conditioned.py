import numpy as np

# Hilbert matrices (condition number about 1.5e7 for n = 6, 1.5e10 for n = 8): results
# carry errors of about cond * eps in any implementation, LAPACK's and ours differently.
# float-tolerance: 1e-6


def hilbert(n: int) -> list[np.ndarray]:
    i = np.arange(n, dtype=np.float64)
    h = 1.0 / (i[:, np.newaxis] + i[np.newaxis, :] + 1.0)
    ones = np.ones(n)
    sign, logdet = np.linalg.slogdet(h)
    return [
        np.linalg.inv(h),
        np.linalg.solve(h, ones),
        np.linalg.det(h),
        sign,
        logdet,
        np.linalg.cholesky(h),
        np.linalg.svd(h, compute_uv=False)[:4],
        np.linalg.eigvalsh(h)[-4:],
        np.linalg.matrix_rank(h),
        np.round(h @ np.linalg.solve(h, ones), 6),
    ]


# inputs: {"n": 4}
# inputs: {"n": 6}
# inputs: {"n": 8}
