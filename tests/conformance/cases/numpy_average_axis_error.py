import numpy as np


def average_axis(x: np.ndarray, axis: int) -> str:
    # numpy's AxisError is a ValueError; average names its argument in the message.
    try:
        plain = np.average(x, axis=axis)
        weighted = np.average(x, axis=axis, weights=np.ones(x.shape[axis]))
        return f"{plain} {weighted}"
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: {"x": [[1.0, 2.0, 4.0], [3.0, 5.0, 6.0]], "axis": 2}
# inputs: {"x": [[1.0, 2.0, 4.0], [3.0, 5.0, 6.0]], "axis": -3}
# inputs: {"x": [[1.0, 2.0, 4.0], [3.0, 5.0, 6.0]], "axis": -1}
