import numpy as np

# float-tolerance: 1e-12


def determinants(a: np.ndarray) -> list[np.ndarray]:
    # numpy's det is sign * exp(logabsdet): [[1, 2], [3, 4]] gives -2.0000000000000004.
    sign, logdet = np.linalg.slogdet(a)
    return [np.linalg.det(a), np.linalg.det(a.T), sign, logdet, np.linalg.det(a * 2.0)]


# inputs: {"a": [[1, 2], [3, 4]]}
# inputs: {"a": [[1.0, 2.0], [2.0, 4.0]]}
# inputs: {"a": [[0.0, 0.0], [0.0, 3.0]]}
# inputs: {"a": [[-7.5]]}
# inputs: {"a": [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]}
# inputs: {"a": [[2.0, -1.0, 0.5], [4.0, 3.0, -2.0], [1.0, 1.0, 1.0]]}
# inputs: {"a": [[1e-200, 0.0], [0.0, 1e-200]]}
