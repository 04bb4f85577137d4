import numpy as np


def unique_slices(a: np.ndarray) -> list[np.ndarray]:
    # Distinct rows and columns, sorted element by element, with every return_* part.
    values, index, inverse, counts = np.unique(
        a, axis=0, return_index=True, return_inverse=True, return_counts=True
    )
    out = [values, index, inverse, counts, np.unique(a, axis=1), np.unique(a, axis=-1)]
    columns, where = np.unique(a, axis=1, return_inverse=True)
    out += [columns, where, np.unique(a.T, axis=0, return_counts=True)[1]]
    cube = np.stack([a, a[::-1]]) % 3
    out += [np.unique(cube, axis=2), np.unique(cube, axis=0), np.unique(a[:0], axis=0)]
    return out


# inputs: {"a": [[1, 2, 1], [3, 4, 3], [1, 2, 1], [0, 9, 0]]}
# inputs: {"a": [[1.5, -2.0], [1.5, -2.0], [0.0, 1.0], [-0.0, 1.0]]}
