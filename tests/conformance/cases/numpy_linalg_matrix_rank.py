import numpy as np


def ranks(a: np.ndarray) -> list[np.ndarray]:
    # The default tolerance is max(m, n) * eps of the singular values' dtype times the
    # largest; tol is absolute, rtol relative.
    return [
        np.linalg.matrix_rank(a),
        np.linalg.matrix_rank(a, tol=0.5),
        np.linalg.matrix_rank(a, rtol=0.1),
        np.linalg.matrix_rank(a.astype(np.float32)),
        np.linalg.matrix_rank(a.T),
    ]


# inputs: {"a": [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]}
# inputs: {"a": [[1.0, 0.0], [0.0, 1e-10]]}
# inputs: {"a": [[1.0, 0.0], [0.0, 1e-6]]}
# inputs: {"a": [[0.0, 0.0], [0.0, 0.0]]}
# inputs: {"a": [[3.0, 0.2], [0.0, 0.4], [0.1, 0.0]]}
# inputs: {"a": [1.0, 0.0]}
# inputs: {"a": [0.0, 0.0]}
