import numpy as np

# float-tolerance: 1e-6


def single(x: np.ndarray) -> list[np.ndarray]:
    f = x.astype(np.float32)
    return [f / 3, f * 0.1, f + 1e-8, np.sqrt(f), np.exp(f / 10), f.astype(np.float64) / 3]


# inputs: {"x": [1.0, 2.0, 3.0, 16777217.0]}
# inputs: {"x": [0.1, 0.2, 0.3]}
