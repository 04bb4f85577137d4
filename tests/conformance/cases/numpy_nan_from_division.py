import numpy as np


def ratio(a: np.ndarray, b: np.ndarray) -> list[bool]:
    r = a / b
    return [bool(np.isnan(r).any()), bool(np.isinf(r).any()), bool(np.isfinite(r).all())]


# inputs: {"a": [1.0, 0.0, -1.0], "b": [0.0, 0.0, 0.0]}
# inputs: {"a": [1.0, 2.0], "b": [4.0, 8.0]}
