# expect-compile-error: its dtype int16 is not one compiled arrays hold
# expect-line: 6
# A module-level array whose dtype compiled arrays do not hold is a compile error at its line.
import numpy as np

CODES = np.array([1, 2, 3], dtype=np.int16)


def first() -> int:
    return int(CODES[0])
