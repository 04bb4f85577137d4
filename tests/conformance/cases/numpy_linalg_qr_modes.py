import numpy as np

# float-tolerance: 1e-10


def qr_stacked(a: np.ndarray, mode: str) -> list[np.ndarray]:
    # A mode given by a variable (not "r"), stacked input, and a rank-deficient matrix seen
    # through its reconstruction.
    q, r = np.linalg.qr(a, mode)
    return [q, r, q @ r]


# inputs: {"a": [[[1.0, 2.0], [3.0, 4.0]], [[0.5, -1.0], [2.0, 2.0]]], "mode": "reduced"}
# inputs: {"a": [[[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]]], "mode": "complete"}
# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "mode": "economy"}
# inputs: {"a": [1.0, 2.0], "mode": "reduced"}
