import numpy as np


def arrange(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # Stacking, flipping, turning and gridding: shapes and values as numpy gives them.
    out = [np.column_stack([a, b]), np.column_stack((a.reshape(-1, 1), b))]
    out += [np.dstack([a, b]), np.dstack((a.reshape(1, -1), b.reshape(1, -1)))]
    out += [np.atleast_1d(a[0]), np.atleast_2d(a), np.atleast_2d(a[0]), np.atleast_3d(a)]
    grid = np.arange(12).reshape(3, 4)
    out += [np.atleast_3d(grid), np.atleast_2d(grid), np.fliplr(grid), np.flipud(grid)]
    out += [np.flipud(a), np.rot90(grid), np.rot90(grid, 2), np.rot90(grid, -1), np.rot90(grid, 7)]
    cube = np.arange(24).reshape(2, 3, 4)
    out += [np.rot90(cube, 1, (1, 2)), np.rot90(cube, 3, axes=(2, 0)), np.rot90(cube, k=0)]
    xs, ys = np.meshgrid(a, b)
    out += [xs, ys]
    xs, ys = np.meshgrid(a, b, indexing="ij")
    out += [xs, ys]
    xs, ys, zs = np.meshgrid(a, b, a[:2])
    out += [xs, ys, zs]
    (only,) = np.meshgrid(grid)
    out.append(only)
    return out


# inputs: {"a": [1.0, 2.5, -3.0], "b": [4.0, 5.0, 6.0]}
# inputs: {"a": [1, 2, 3], "b": [7, 8, 9]}
