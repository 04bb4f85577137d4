import numpy as np

# float-tolerance: 1e-13
# (Singular matrices are left out: the smallest singular value of one is 0 here and
# rounding noise near 1e-16 in LAPACK's, which no relative tolerance compares.)


def spectral(x: np.ndarray) -> list[np.ndarray]:
    batch = np.stack([x, x * 2.0 - 1.0, x.T @ x if x.shape[0] == x.shape[1] else x])
    return [
        np.linalg.norm(x, 2),
        np.linalg.norm(x, -2),
        np.linalg.norm(x, "nuc"),
        np.linalg.norm(x, "fro"),
        np.linalg.norm(x, 1),
        np.linalg.norm(x, -1),
        np.linalg.norm(x, np.inf),
        np.linalg.norm(x, -np.inf),
        np.linalg.norm(x.T, 2),
        np.linalg.norm(x, 2, keepdims=True),
        np.linalg.norm(batch, axis=(1, 2)),
        np.linalg.norm(batch, 2, axis=(1, 2)),
        np.linalg.norm(batch, -2, axis=(2, 1)),
        np.linalg.norm(batch, "nuc", axis=(-2, -1), keepdims=True),
        np.linalg.norm(batch, 1, axis=(0, 2)),
        np.linalg.norm(batch, np.inf, axis=(1, 2)),
        np.linalg.norm(batch, "fro", axis=(1, 2)),
        np.linalg.norm(batch, 2, (0, 2)),
        np.linalg.norm(batch, None, (1, 2), True),
    ]


# inputs: {"x": [[1.0, -2.0], [3.0, 4.0]]}
# inputs: {"x": [[1, 2, 3], [-4, 5, -6]]}
# inputs: {"x": [[2.0, 0.0, 1.0], [0.0, 3.0, -1.0], [1.0, -1.0, 5.0]]}
# inputs: {"x": [[1.0, 2.0], [2.0, 5.0], [3.0, 6.0]]}
# inputs: {"x": [[1e-3, 7.5, -2.25, 0.5], [3, 1e2, 0, -6], [4, 4, 4, 4.0], [-1, 0.25, 9, 2]]}
