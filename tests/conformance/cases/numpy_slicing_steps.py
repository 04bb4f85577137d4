import numpy as np


def sliced(x: np.ndarray) -> list[np.ndarray]:
    return [
        x[::2],
        x[::-1],
        x[1::3],
        x[-2::-2],
        x[5:1:-1],
        x[100:],
        x[-100:2],
        x[::-3],
        x[1:-1][::2],
        x[::2][::-1],
    ]


# inputs: {"x": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}
# inputs: {"x": [1.5, 2.5]}
# inputs: {"x": []}
