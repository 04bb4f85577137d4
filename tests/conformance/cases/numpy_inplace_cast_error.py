import numpy as np


def scaled(x: np.ndarray, factor: float) -> str:
    y = x.copy()
    try:
        y *= factor
    except TypeError as e:
        return f"TypeError: {e}"
    values: list[float] = y.tolist()
    return str(values)


# inputs: {"x": [1.0, 2.0], "factor": 1.5}
# inputs: {"x": [1, 2], "factor": 1.5}
