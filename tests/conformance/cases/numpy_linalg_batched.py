import numpy as np

# float-tolerance: 1e-9


def stacked(a: np.ndarray, b: np.ndarray, v: np.ndarray) -> list[np.ndarray]:
    # A stack of matrices; b one matrix broadcast against the stack, v one vector.
    sign, logdet = np.linalg.slogdet(a)
    return [
        np.linalg.inv(a),
        np.linalg.solve(a, b),
        np.linalg.solve(a, v),
        np.linalg.det(a),
        sign,
        logdet,
        np.linalg.eigvalsh(a @ np.swapaxes(a, -1, -2)),
        np.linalg.svd(a, compute_uv=False),
        np.linalg.matrix_rank(a),
    ]


# inputs: {"a": [[[2, 1], [1, 3.5]], [[0, 1], [-2, 0.5]]], "b": [[1, 0], [2, 1]], "v": [1, 2]}
# inputs: {"a": [[[[1, 2], [3, 4]]], [[[5, 6], [7, 9]]]], "b": [[1, 0], [0, 1]], "v": [1, 1]}
