# expect-compile-error: numpy.average[returned]
# expect-line: 7
import numpy as np


def weighted(x: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.average(x, weights=w, returned=True)
