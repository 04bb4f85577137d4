import numpy as np


def contractions(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # tensordot's int and paired axes (negative, reordered, none), inner, vdot and kron,
    # against numpy's BLAS-backed products.
    cube = np.arange(24.0).reshape(2, 3, 4)
    out = [np.tensordot(a, b, axes=1), np.tensordot(a, b.T, axes=2), np.tensordot(a, b, 0)]
    out += [np.tensordot(cube, cube, axes=([1, 2], [1, 2])), np.tensordot(cube, a, ([1], [0]))]
    out += [np.tensordot(cube, cube, axes=[[2, 1], [2, 1]]), np.tensordot(cube, b, (-2, -1))]
    out += [np.tensordot(a.astype(np.int32), b.astype(np.float32), 1)]
    out += [np.inner(a, b.T), np.inner(a[0], b[:, 0]), np.inner(cube, a)]
    out += [np.inner(a, np.array(2.0))]
    out += [np.vdot(a, b.T), np.vdot(cube, cube), np.vdot(a.astype(np.int64), b.T)]
    out += [np.kron(a, b), np.kron(a[0], b), np.kron(cube[:, :1], a), np.kron(a, np.array(3))]
    out += [np.kron(a.astype(np.int32), b.astype(np.float32)), np.kron(a[:0], b)]
    return out


# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]], "b": [[0.5, -1.0], [2.0, 0.25], [1.0, 3.0]]}
# float-tolerance: 1e-12
