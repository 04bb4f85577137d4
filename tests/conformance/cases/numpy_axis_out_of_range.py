import numpy as np


def reduce_on(x: np.ndarray, axis: int) -> str:
    # numpy raises AxisError, a subclass of both ValueError and IndexError.
    try:
        return str(x.sum(axis=axis))
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: {"x": [[1, 2], [3, 4]], "axis": -2}
# inputs: {"x": [[1, 2], [3, 4]], "axis": 2}
# inputs: {"x": [[1, 2], [3, 4]], "axis": -3}
# inputs: {"x": [1, 2, 3], "axis": 1}
