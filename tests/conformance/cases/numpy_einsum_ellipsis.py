import numpy as np

# float-tolerance: 1e-12


def ellipsis(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    a = x.reshape(2, 2, 3)
    b = y.reshape(3, 2)
    return [
        np.einsum("...ij,jk->...ik", a, b),
        np.einsum("...ij,jk", a, b),
        np.einsum("...ij", a),
        np.einsum("ij...->...", a),
        np.einsum("...ij,...jk->...ik", a, a.transpose(0, 2, 1)),
        np.einsum("...i,...i->...", a, a),
        np.einsum("b...,b...->b", a, a),
        np.einsum("...ij,...jk->...ik", a, b[None]),
        np.einsum("i...->...", b),
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "y": [1.0, -1.0, 0.5, 2.0, 0.0, 3.0]}
# inputs: {"x": [0.5, 0.25, -1, 2, 0, 1, 3, -2, 1.5, 1, 0, -0.5], "y": [1, 2, 3, 4, 5, 6]}
