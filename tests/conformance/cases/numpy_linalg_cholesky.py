import numpy as np

# float-tolerance: 1e-12


def cholesky_factors(a: np.ndarray) -> list[np.ndarray]:
    # The lower factor reads only a's lower triangle, the upper one only its upper triangle.
    lower = np.linalg.cholesky(a)
    return [
        lower,
        np.linalg.cholesky(a, upper=True),
        np.linalg.cholesky(np.tril(a)),
        lower @ lower.T,
        np.linalg.cholesky(a.T),
    ]


# inputs: {"a": [[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]]}
# inputs: {"a": [[9, 3], [3, 5]]}
# inputs: {"a": [[2.25]]}
# inputs: {"a": [[1.0, 0.999999], [0.999999, 1.0]]}
# inputs: {"a": [[[4.0, 1.0], [1.0, 2.0]], [[1.0, 0.5], [0.5, 1.0]]]}
