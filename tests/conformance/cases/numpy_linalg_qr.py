import numpy as np

# float-tolerance: 1e-10


def householder_qr(a: np.ndarray) -> list[np.ndarray]:
    # Q and R of a full-rank matrix are unique given R's diagonal signs, which follow
    # LAPACK's reflectors; complete mode adds the columns the reflectors give.
    q, r = np.linalg.qr(a)
    qc, rc = np.linalg.qr(a, mode="complete")
    qt, rt = np.linalg.qr(a.T)
    return [q, r, qc, rc, np.linalg.qr(a, mode="r"), qt, rt, q @ r, qc.T @ qc + 1.0]


# inputs: {"a": [[1.0, 2.0], [3.0, -4.0], [5.0, 6.5]]}
# inputs: {"a": [[2.0, -1.0, 0.5, 3.0], [1.0, 4.0, -2.0, 0.25]]}
# inputs: {"a": [[3, 1, 2], [-1, 5, 2], [2, 2, 7]]}
# inputs: {"a": [[-2.5]]}
# inputs: {"a": [[0.0, 1.0], [0.0, 0.0], [2.0, 3.0]]}
