import numpy as np


def contractions(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    v = a[0]
    return [
        np.einsum("ij,jk->ik", a, b),
        np.einsum("ij->ji", a),
        np.einsum("ij->", a),
        np.einsum("ij->i", a),
        np.einsum("ij->j", a),
        np.einsum("i,i->", v, v),
        np.einsum("i,j->ij", v, v),
        np.einsum("ij,kj->ik", a, a),
        np.einsum("ij,ij->i", a, a),
        np.einsum("ij,ij->ij", a, a),
        np.einsum("ii->i", a @ b),
        np.einsum("ii->", a @ b),
    ]


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [[1, 0], [0, 1], [1, 1]]}
# inputs: {"a": [[0.5, -1.0], [2.0, 3.0]], "b": [[1.0, 2.0], [3.0, 4.0]]}
