import numpy as np


def axes(x: np.ndarray) -> list[np.ndarray]:
    y = x.reshape(2, 3, 1)
    return [np.swapaxes(y, 0, 2), y.swapaxes(1, 2), np.moveaxis(y, 0, -1), y.transpose((1, 0, 2))]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
