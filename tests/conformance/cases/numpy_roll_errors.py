import numpy as np


def bad_roll(x: np.ndarray, axis: int) -> str:
    # numpy's AxisError is a ValueError (and an IndexError).
    try:
        if axis == 9:
            return str(np.roll(x, (1, 2, 3), axis=(0, 1)))
        return str(np.roll(x, 1, axis=axis))
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: {"x": [[1, 2], [3, 4]], "axis": 2}
# inputs: {"x": [[1, 2], [3, 4]], "axis": -3}
# inputs: {"x": [[1, 2], [3, 4]], "axis": 9}
# inputs: {"x": [[1, 2], [3, 4]], "axis": -1}
