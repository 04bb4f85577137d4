import numpy as np


def overwrite(x: np.ndarray, values: list[float]) -> np.ndarray:
    y = x.copy()
    y[y > 0] = np.array(values)
    return y


# inputs: {"x": [1.0, -1.0, 2.0], "values": [10.0, 20.0]}
# inputs: {"x": [1.0, -1.0, 2.0], "values": [10.0]}
# inputs: {"x": [1.0, -1.0, 2.0], "values": [10.0, 20.0, 30.0]}
