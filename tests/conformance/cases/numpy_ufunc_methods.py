import numpy as np


def methods(a: np.ndarray) -> list[np.ndarray]:
    # reduce (default axis 0, None, keepdims), accumulate and outer of binary ufuncs, in
    # the dtypes numpy gives (sums and products of small ints widen; others keep the op's).
    grid = a.reshape(2, -1)
    out = [np.add.reduce(a), np.add.reduce(grid), np.add.reduce(grid, axis=None)]
    out += [
        np.multiply.reduce(grid, 1, keepdims=True),
        np.maximum.reduce(a),
        np.minimum.reduce(grid),
    ]
    out += [np.logical_and.reduce(a), np.logical_or.reduce(grid, axis=1), np.subtract.reduce(a)]
    out += [np.subtract.reduce(grid, axis=1), np.divide.reduce(a), np.power.reduce(grid[:, :2])]
    out += [np.add.accumulate(a), np.multiply.accumulate(grid, axis=1), np.maximum.accumulate(a)]
    out += [np.minimum.accumulate(grid), np.subtract.accumulate(a), np.logical_or.accumulate(a)]
    out += [np.logical_xor.accumulate(grid, axis=-1), np.floor_divide.accumulate(a)]
    out += [np.add.accumulate(a.astype(np.int32)), np.maximum.accumulate(a.astype(np.float32))]
    out += [np.add.outer(a, a[:2]), np.subtract.outer(grid, a[:2]), np.less.outer(a, a)]
    out += [np.maximum.outer(a[:3], grid), np.add.reduce(a[:0]), np.add.accumulate(a[:0])]
    b = a.copy()
    b.fill(7)
    out.append(b)
    c = a.astype(np.float32)
    c.fill(0.1)
    out.append(c)
    return out


# inputs: {"a": [3, 1, 4, 1, 5, 9]}
# inputs: {"a": [3.0, -1.5, NaN, 1.0, 0.0, 2.5]}
