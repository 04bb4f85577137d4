import numpy as np

# float-tolerance: 1e-12


def log_softmax(x: np.ndarray) -> list[np.ndarray]:
    m = x.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(x - m).sum(axis=-1, keepdims=True))
    return [x - lse, np.exp(x - lse).sum(axis=-1), lse.squeeze(-1)]


# inputs: {"x": [[0.0, 1.0, 2.0], [5.0, -5.0, 0.0]]}
# inputs: {"x": [[-1e3, 1e3]]}
