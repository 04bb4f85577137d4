# expect-compile-error: [no-such-op]
# expect-line: 8
# A numpy function with no row in the op library is a compile error at its line.
import numpy as np


def spectrum(x: np.ndarray) -> np.ndarray:
    return np.fft.fft(x)
