import numpy as np


def picked(a: np.ndarray, x: np.ndarray, y: np.ndarray, mode: str) -> list[np.ndarray]:
    return [
        np.choose(a, [x, y], mode=mode),
        np.choose(a, (x, y.astype(np.float32)), mode=mode),
        a.choose([y, x], mode=mode),
        np.choose(a.reshape(-1, 1), [x, y], mode=mode),
        np.choose(a[::-1], [x[::-1], y], mode=mode),
        np.choose(a > 0, [x, y]),
        np.choose(a[:0], [x[:0], y[:0]], mode=mode),
    ]


# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "y": [10, 20, 30, 40], "mode": "raise"}
# inputs: {"a": [0, 3, -1, 1], "x": [1, 2, 3, 4], "y": [10, 20, 30, 40], "mode": "wrap"}
# inputs: {"a": [0, 3, -1, 1], "x": [1, 2, 3, 4], "y": [10, 20, 30, 40], "mode": "clip"}
# inputs: {"a": [0, 3, -1, 1], "x": [1, 2, 3, 4], "y": [10, 20, 30, 40], "mode": "raise"}
# inputs: {"a": [0, 1, 1, 0], "x": [1, 2, 3, 4], "y": [10, 20, 30, 40], "mode": "nope"}
