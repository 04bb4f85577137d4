import numpy as np

# float-tolerance: 1e-9


def _fix_signs(vectors: np.ndarray) -> np.ndarray:
    # An eigenvector's sign is arbitrary: flip each column so its largest entry is positive.
    rows = np.argmax(np.abs(vectors), axis=0)
    signs = np.sign(vectors[rows, np.arange(vectors.shape[1])])
    return vectors * signs


def symmetric_eigen(a: np.ndarray) -> list[np.ndarray]:
    w, v = np.linalg.eigh(a)
    wu, vu = np.linalg.eigh(a, UPLO="U")
    return [
        w,
        np.round(_fix_signs(v), 12),
        wu,
        np.round(_fix_signs(vu), 12),
        np.linalg.eigvalsh(a),
        np.linalg.eigvalsh(a.T, "U"),
        np.round((v * w) @ v.T, 12),
        np.round(v.T @ v, 12),
    ]


# inputs: {"a": [[2.0, -1.0, 0.0], [-1.0, 3.0, -1.0], [0.0, -1.0, 4.5]]}
# inputs: {"a": [[4, 1, 0.5, 0.2], [1, 3, 0.3, 0.1], [0.5, 0.3, 2, 0.7], [0.2, 0.1, 0.7, 1]]}
# inputs: {"a": [[1.0, 7.0], [-3.0, 5.0]]}
# inputs: {"a": [[3]]}
# inputs: {"a": [[1e3, 1.0, 0.0], [1.0, 1.0, 0.1], [0.0, 0.1, 0.5]]}
