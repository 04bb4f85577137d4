import numpy as np

# float-tolerance: 1e-6


def softmax32(x: np.ndarray) -> np.ndarray:
    v = x.astype(np.float32)
    e = np.exp(v - np.max(v, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


# inputs: {"x": [[0.1, 0.2, 0.7], [3.5, -1.25, 0.0]]}
# inputs: {"x": [[88.0, 89.0]]}
