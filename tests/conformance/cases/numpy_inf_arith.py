import numpy as np


def infinities(x: np.ndarray) -> list[np.ndarray]:
    pos = x * np.inf
    return [
        np.isnan(pos - pos),
        pos > 1e308,
        np.isinf(pos),
        np.isnan(pos * 0),
        pos.max() == np.inf,
        np.isnan(np.array([np.inf, -np.inf]).sum()),
        np.exp(np.array([-np.inf, 0.0, 700.0, 710.0])) == np.inf,
        np.tanh(np.array([np.inf, -np.inf])),
        np.sign(np.array([-np.inf, 0.0, np.inf])),
        np.argmax(np.array([1.0, np.inf, np.inf])),
        np.clip(np.array([-np.inf, np.inf]), -3.0, 3.0),
    ]


# inputs: {"x": [1.0, -1.0, 2.0]}
# inputs: {"x": [0.5]}
