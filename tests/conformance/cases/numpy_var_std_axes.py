import numpy as np

# float-tolerance: 1e-6


def spread(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.var(axis=0),
        x.std(axis=-1, ddof=1),
        np.var(x, axis=1, keepdims=True),
        np.std(x.T, axis=0),
        x.astype(np.float32).std(axis=0),
        x.var(),
    ]


# inputs: {"x": [[1, 2, 4], [8, 16, 32]]}
# inputs: {"x": [[0.5, 0.25, -1.0], [2.0, 3.0, 7.0], [1.0, 1.0, 1.0]]}
