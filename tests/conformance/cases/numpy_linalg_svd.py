import numpy as np

# float-tolerance: 1e-9


def singular_value_decomposition(a: np.ndarray) -> list[np.ndarray]:
    # Singular vectors' signs are arbitrary: compare what users take from them, the
    # reconstruction, the orthogonality of the (completed) bases and the singular values.
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    uf, sf, vtf = np.linalg.svd(a)
    ut, st, vtt = np.linalg.svd(a.T, full_matrices=False)
    return [
        s,
        (u * s) @ vt,
        sf,
        np.round(uf.T @ uf, 12),
        np.round(vtf @ vtf.T, 12),
        np.round(u.T @ u, 12),
        (ut * st) @ vtt,
        np.linalg.svd(a, compute_uv=False),
        np.linalg.svdvals(a),
    ]


# inputs: {"a": [[1.0, 2.0], [3.0, -4.0], [5.0, 6.5]]}
# inputs: {"a": [[2.0, -1.0, 0.5, 3.0], [1.0, 4.0, -2.0, 0.25]]}
# inputs: {"a": [[3, 1, 2], [-1, 5, 2], [2, 2, 7]]}
# inputs: {"a": [[-2.5]]}
# inputs: {"a": [[1.0, 2.0, 3.0, 4.0]]}
# inputs: {"a": [[1.0], [-2.0], [0.5]]}
# inputs: {"a": [[1e4, 1.0], [1.0, 1e-4], [2.0, 3.0]]}
