import numpy as np

# float-tolerance: 1e-6


def single_precision(a: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    # numpy computes every dtype in float64 and rounds float32 results back to float32.
    x = a.astype(np.float32)
    gram = x @ x.T + np.eye(x.shape[0], dtype=np.float32)
    u, s, vt = np.linalg.svd(x, full_matrices=False)
    w, v = np.linalg.eigh(gram)
    q, r = np.linalg.qr(x)
    results: list[np.ndarray] = [
        np.linalg.inv(gram),
        np.linalg.det(gram),
        np.linalg.cholesky(gram),
        s,
        w,
        r,
        np.linalg.pinv(x),
        np.linalg.solve(gram, np.ones(x.shape[0], dtype=np.float32)),
    ]
    dtypes = [str(t.dtype) for t in [u, s, vt, w, v, q, r] + results]
    return results, dtypes


# inputs: {"a": [[1.0, 2.0, 0.5], [3.0, -4.0, 1.0], [5.0, 6.5, -2.0], [0.5, 0.25, 1.0]]}
# inputs: {"a": [[2.0, -1.0], [1.0, 4.0]]}
