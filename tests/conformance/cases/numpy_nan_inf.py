import numpy as np


def specials(x: np.ndarray) -> list[np.ndarray]:
    return [np.isnan(x), np.isfinite(x), np.isinf(x), np.maximum(x, 0.0), x * 0, np.abs(x)]


# inputs: {"x": [1.0, -2.5, 0.0, -0.0]}
# inputs: {"x": [1e308, -1e308, 1e-320]}
