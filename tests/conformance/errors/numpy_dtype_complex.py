# expect-compile-error: 'numpy.complex64' is not supported: arrays here hold
# expect-line: 8
# Complex arrays are not compiled: a compile error at the line that asks for one.
import numpy as np


def spectrum(n: int) -> np.ndarray:
    return np.zeros(n, dtype=np.complex64)
