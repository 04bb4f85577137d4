# expect-compile-error: np.unique's return_inverse
# expect-line: 7
import numpy as np


def distinct(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.unique(x, return_inverse=True)
