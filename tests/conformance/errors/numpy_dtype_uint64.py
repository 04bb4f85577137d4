# expect-compile-error: 'numpy.uint64' is not supported: arrays here hold
# expect-line: 8
# uint64 is not a dtype here (numpy's uint8 sums are int64 here, not uint64).
import numpy as np


def counts(x: np.ndarray) -> np.ndarray:
    return x.astype(np.uint64).sum()
