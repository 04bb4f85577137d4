import numpy as np

# diagonal (a view: offsets, axes, 3-d), diag both ways, trace, cumprod (integers widen to
# int64), and numpy's errors for them.


def diagonals(m: list[list[int]], k: int) -> str:
    a = np.array(m)
    cube = np.arange(24).reshape(2, 3, 4)
    view = a.diagonal()
    lines = [
        repr(view),
        repr(np.diagonal(a, k)),
        repr(a.diagonal(-k)),
        repr(np.diagonal(cube, 1, 1, 2)),
        repr(cube.diagonal(axis1=0, axis2=-1)),
        repr(np.diag(a, k)),
        repr(np.diag(np.array([1.5, 2.5]), -k)),
        repr(np.trace(a)) + repr(a.trace(k)) + repr(np.trace(a.astype(np.float32))),
        repr(np.cumprod(a)) + repr(a.cumprod(axis=0)) + repr(np.cumprod(a.astype(np.int32), 1)),
        repr(np.cumprod(np.array([True, False]))) + repr(np.cumprod(a * 0.5, axis=-1)),
    ]
    for bad in (np.array([1, 2]), np.zeros((2, 2, 2))):
        try:
            lines.append(repr(np.diag(bad)) if bad.ndim == 3 else repr(np.diagonal(bad)))
        except ValueError as e:
            lines.append("ValueError: " + str(e))
    try:
        lines.append(repr(np.diagonal(a, 0, 0, 0)))
    except ValueError as e:
        lines.append("ValueError: " + str(e))
    return "\n".join(lines)


# inputs: {"m": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "k": 1}
# inputs: {"m": [[1, 2, 3, 4], [5, 6, 7, 8]], "k": 2}
# inputs: {"m": [[3]], "k": 0}
