import numpy as np

# float-tolerance: 1e-13


def norm_by_number(x: np.ndarray, ord: float) -> np.ndarray:
    return np.linalg.norm(x, ord, axis=(1, 0))


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "ord": 3.0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "ord": 0.0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "ord": -2.0}
# inputs: {"x": [[1, 2], [3, 4]], "ord": 2.0}
# inputs: {"x": [[]], "ord": 2.0}
# inputs: {"x": [[]], "ord": -2.0}
# inputs: {"x": [[]], "ord": 1.0}
