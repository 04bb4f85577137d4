import numpy as np

# float-tolerance: 1e-12


def similarities(q: np.ndarray, d: np.ndarray) -> list[np.ndarray]:
    qn = q / np.linalg.norm(q, axis=-1, keepdims=True)
    dn = d / np.linalg.norm(d, axis=-1, keepdims=True)
    scores = qn @ dn.T
    return [scores, scores.argmax(axis=1), np.einsum("qd,kd->qk", qn, dn), (qn * dn[:1]).sum(-1)]


# inputs: {"q": [[1.0, 0.0], [0.6, 0.8]], "d": [[0.0, 2.0], [3.0, 4.0], [-1.0, -1.0]]}
# inputs: {"q": [[1.0, 2.0, 3.0]], "d": [[3.0, 2.0, 1.0], [1.0, 2.0, 3.0]]}
