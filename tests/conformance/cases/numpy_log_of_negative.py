import numpy as np


def logs(x: np.ndarray) -> list[list[bool]]:
    y = np.log(x)
    z = np.sqrt(x)
    return [np.isnan(y).tolist(), np.isinf(y).tolist(), np.isnan(z).tolist()]


# inputs: {"x": [-1.0, 0.0, 1.0, 2.0]}
