import numpy as np

# float-tolerance: 1e-13


def norm_by_number(x: np.ndarray, order: float) -> np.ndarray:
    return np.linalg.norm(x, order, axis=(1, 0))


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "order": 3.0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "order": 0.0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "order": -2.0}
# inputs: {"x": [[1, 2], [3, 4]], "order": 2.0}
# inputs: {"x": [[]], "order": 2.0}
# inputs: {"x": [[]], "order": -2.0}
# inputs: {"x": [[]], "order": 1.0}
