import numpy as np

# float-tolerance: 1e-12


def softmax(x: np.ndarray, axis: int) -> np.ndarray:
    shifted = x - x.max(axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=axis, keepdims=True)


# inputs: {"x": [[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], "axis": -1}
# inputs: {"x": [[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], "axis": 0}
# inputs: {"x": [[1000.0, 1000.0], [-1000.0, 0.0]], "axis": 1}
