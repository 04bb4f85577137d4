import numpy as np

# An array's shape (a tuple of any length) where numpy takes a shape: creation, reshape,
# broadcast_to, tile, and comparisons with a tuple written out.


def reshaped(a: np.ndarray, b: np.ndarray) -> str:
    shape = a.shape
    axes = tuple(reversed(range(a.ndim)))
    lines = [
        repr(np.zeros(shape)),
        repr(np.ones(a.shape, dtype=np.int32)),
        repr(np.full(a.shape, 7)),
        repr(b.reshape(a.shape)),
        repr(np.reshape(b, shape)),
        repr(np.broadcast_to(a[:1], a.shape)),
        repr(np.tile(a, a.shape).shape),
        repr(a.transpose(axes)),
        str(a.shape == (2, 3)) + str((2, 3) == a.shape) + str(a.shape != (6,)),
        str(a.shape == b.shape) + str(b.shape == (6,)),
    ]
    return "\n".join(lines)


# inputs: {"a": [[1, 2, 3], [4, 5, 6]], "b": [6, 5, 4, 3, 2, 1]}
# inputs: {"a": [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]], "b": [[1, 2, 3], [4, 5, 6]]}
