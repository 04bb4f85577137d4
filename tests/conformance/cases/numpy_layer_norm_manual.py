import numpy as np


def layer_norm(x: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps)


# inputs: {"x": [[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 1.0, 10.0]], "eps": 1e-05}
