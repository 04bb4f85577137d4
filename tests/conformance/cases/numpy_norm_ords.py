import numpy as np

# float-tolerance: 1e-15


def norms(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.linalg.norm(x),
        np.linalg.norm(x, ord=1),
        np.linalg.norm(x, ord=2),
        np.linalg.norm(x, ord=np.inf),
        np.linalg.norm(x, ord=-np.inf),
        np.linalg.norm(x, ord=3),
        np.linalg.norm(x, ord=0),
        np.linalg.norm(x.astype(np.float32)),
        np.linalg.norm(x[::-1], ord=1),
    ]


# inputs: {"x": [3.0, -4.0, 0.0]}
# inputs: {"x": [1, 2, 2]}
# inputs: {"x": [0.5, -0.25, 8.0, -16.0]}
# inputs: {"x": []}
