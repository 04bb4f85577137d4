import numpy as np


def bad_diff(x: np.ndarray, n: int, axis: int) -> str:
    # numpy's AxisError is a ValueError (and an IndexError).
    try:
        if n == 7:
            return str(np.diff(x.sum(), n=1))
        if n == 8:
            return str(np.diff(x, axis=axis, prepend=np.zeros((1, 2))))
        return str(np.diff(x, n=n, axis=axis))
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: {"x": [1.0, 2.0], "n": -1, "axis": 0}
# inputs: {"x": [1.0, 2.0], "n": 1, "axis": 1}
# inputs: {"x": [[1.0, 2.0]], "n": 1, "axis": -3}
# inputs: {"x": [1.0, 2.0], "n": 7, "axis": 0}
# inputs: {"x": [], "n": 1, "axis": 0}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "n": 8, "axis": 1}
