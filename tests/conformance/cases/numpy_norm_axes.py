import numpy as np

# float-tolerance: 1e-15


def row_norms(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.linalg.norm(x, axis=1),
        np.linalg.norm(x, axis=-1, keepdims=True),
        np.linalg.norm(x, axis=0),
        np.linalg.norm(x, ord=1, axis=1),
        np.linalg.norm(x, ord=np.inf, axis=0),
        np.linalg.norm(x.T, ord=2, axis=-1),
        x / np.linalg.norm(x, axis=1, keepdims=True),
        np.linalg.norm(x),
    ]


# inputs: {"x": [[3.0, 4.0], [-1.0, 1.0], [0.5, 0.0]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
