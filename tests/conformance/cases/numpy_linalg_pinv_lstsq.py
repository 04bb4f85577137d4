import numpy as np

# float-tolerance: 1e-9


def least_squares(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # The pseudo-inverse and the minimum-norm least-squares solution are unique, also for
    # rank-deficient a; residuals come only at full column rank with more rows than columns.
    # Entries that are 0 in exact arithmetic are rounding noise on both sides: round.
    x, residuals, rank, s = np.linalg.lstsq(a, b)
    return [
        np.round(np.linalg.pinv(a), 12),
        np.round(np.linalg.pinv(a.T), 12),
        np.round(x, 12),
        residuals,
        rank,
        np.round(s, 12),
        np.round(np.linalg.lstsq(a, b, rcond=None)[0], 12),
        np.round(np.linalg.pinv(a) @ b, 12),
    ]


# inputs: {"a": [[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]], "b": [6.0, 5.0, 7.0, 10.0]}
# inputs: {"a": [[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]], "b": [[1.0, 2.0], [2.0, 3.0], [2.0, 5.0]]}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]], "b": [1.0, 2.0]}
# inputs: {"a": [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], "b": [1.0, 2.0, 4.0]}
# inputs: {"a": [[2, 0], [0, 3]], "b": [4, 9]}
