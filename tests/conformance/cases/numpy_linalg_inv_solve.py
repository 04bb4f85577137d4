import numpy as np

# float-tolerance: 1e-9


def inverse_and_solve(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # b is one right-hand side (1-D) or several (columns); a's transpose is a view.
    return [
        np.linalg.inv(a),
        np.linalg.inv(a.T),
        np.linalg.solve(a, b),
        np.linalg.solve(a.T, b),
        np.round(a @ np.linalg.solve(a, b), 12),
        np.round(np.linalg.inv(a) @ a, 12),
    ]


# inputs: {"a": [[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], "b": [1.0, -2.0, 3.0]}
# inputs: {"a": [[0.0, 2.0], [3.0, 1.0]], "b": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
# inputs: {"a": [[2, -1, 0], [-1, 2, -1], [0, -1, 2]], "b": [[1], [0], [1]]}
# inputs: {"a": [[5.0]], "b": [10.0]}
# inputs: {"a": [[1e-3, 2.0, 1.0], [3.0, 1e-4, 2.0], [1.0, 1.0, 1e-5]], "b": [1.0, 0.5, 0.25]}
