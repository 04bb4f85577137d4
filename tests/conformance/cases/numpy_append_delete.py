import numpy as np


def edits(a: np.ndarray) -> list[np.ndarray]:
    grid = np.arange(12).reshape(3, 4)
    out = [np.append(a, [7, 8]), np.append(a, 1.5), np.append(grid, a[:0])]
    out += [np.append(grid, [[0, 0, 0, 0]], axis=0), np.append(grid, grid[:, :1], axis=1)]
    out += [np.append(a.astype(np.float32), 1.0), np.append(a.astype(np.float32), np.ones(2))]
    out += [np.delete(a, 0), np.delete(a, -1), np.delete(a, [0, 2, 0]), np.delete(a, [])]
    out += [np.delete(grid, 1, axis=0), np.delete(grid, [0, -1], axis=1), np.delete(grid, 5)]
    out += [np.delete(a, np.array([True, False, True, False])), np.delete(grid, np.array([2]), 1)]
    out += [np.delete(grid, np.array([], dtype=np.int64), axis=-1)]
    return out


# inputs: {"a": [1, 2, 3, 4]}
# inputs: {"a": [0.5, -1.0, NaN, 2.0]}
