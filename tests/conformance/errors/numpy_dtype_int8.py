# expect-compile-error: 'numpy.int8' is not supported: arrays here hold float16, float32
# expect-line: 9
# numpy's int8 is not a dtype ingot's arrays have: a compile error that names the ones
# they have.
import numpy as np


def narrow(x: np.ndarray) -> np.ndarray:
    return x.astype(np.int8)
