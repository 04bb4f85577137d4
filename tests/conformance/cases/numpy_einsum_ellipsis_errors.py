import numpy as np


def contract(spec: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum(spec, a, b)


# inputs: {"spec": "...ij,jk->ik", "a": [[[1, 2]], [[3, 4]]], "b": [[3], [4]]}
# inputs: {"spec": "...ij,...jk", "a": [[[1]], [[2]], [[3]]], "b": [[[3]], [[4]]]}
# inputs: {"spec": "...i,...i", "a": [[1, 2], [3, 4]], "b": [1, 2]}
# inputs: {"spec": "...,...", "a": [[1], [2]], "b": [1, 2, 3]}
