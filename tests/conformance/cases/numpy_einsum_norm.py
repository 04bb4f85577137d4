import numpy as np


def contractions(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        np.einsum("ij,jk->ik", a, b.T),
        np.einsum("ij,ij->i", a, b),
        np.einsum("ij->j", a),
        np.einsum("i,j->ij", a[0], b[0]),
        np.linalg.norm(a),
        np.linalg.norm(a, axis=0),
        np.linalg.norm(a, ord=1, axis=1),
        np.linalg.norm(b, ord=np.inf, axis=-1, keepdims=True),
    ]


# inputs: {"a": [[3.0, 4.0], [1.0, -2.0]], "b": [[1.0, 0.5], [-1.0, 2.0]]}
