import numpy as np

# float-tolerance: 1e-15


def matrix_norms(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.linalg.norm(x),
        np.linalg.norm(x, ord=1),
        np.linalg.norm(x, ord=np.inf),
        np.linalg.norm(x, ord=-np.inf),
        np.linalg.norm(x, keepdims=True),
        np.linalg.norm(x.T, ord=1),
    ]


# inputs: {"x": [[1.0, -2.0], [3.0, 4.0]]}
# inputs: {"x": [[1, 2, 3], [-4, 5, -6]]}
