import numpy as np

# float-tolerance: 1e-6


def normalize(x: np.ndarray) -> np.ndarray:
    v = x.astype(np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)


# inputs: {"x": [[3.0, 4.0], [1.0, 0.0], [0.0, 0.0]]}
# inputs: {"x": [[1, 2, 3, 4]]}
# inputs: {"x": [[-0.25, 0.5, 1e-20]]}
