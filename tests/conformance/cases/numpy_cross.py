import numpy as np


def crossed(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    f = a.astype(np.float32)
    return [
        np.cross(a, b),
        np.cross(b, a),
        np.cross(f, b.astype(np.float32)),
        np.cross(a.T, b.T, axis=0),
        np.cross(a[:, :2], b),
        np.cross(a, b[:, :2]),
        np.cross(a[:, :2], b[:, :2]),
        np.cross(a[0], b),
        np.cross(a.astype(np.int32), b.astype(np.uint8)),
    ]


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[7, 8, 9], [-1, 0, 2]]}
# inputs: {"a": [[0.1, 0.2, 0.3], [1e8, 1, -1]], "b": [[3.0, 2.0, 1.0], [1e-8, 7.5, 2]]}
