import numpy as np


# numpy's errors: packbits takes bool or integer arrays, unpackbits only uint8; an axis out
# of range (AxisError, a ValueError); an unknown bit order; a count below minus the bits.
def packbits_error(x: np.ndarray, which: int) -> str:
    try:
        if which == 0:
            return repr(np.packbits(x.astype(np.float32)))
        if which == 1:
            return repr(np.unpackbits(x.astype(np.int8)))
        if which == 2:
            return repr(np.unpackbits(x.astype(np.float64)))
        if which == 3:
            return repr(np.packbits(x, axis=x.ndim))
        if which == 4:
            return repr(np.unpackbits(x.astype(np.uint8), axis=-x.ndim - 1))
        if which == 5:
            return repr(np.packbits(x, bitorder="middle"))
        if which == 6:
            return repr(np.unpackbits(x.astype(np.uint8), bitorder="x"))
        if which == 7:
            return repr(np.unpackbits(x.astype(np.uint8), count=-100))
        if which == 8:
            return repr(np.bitwise_count(x.astype(np.float32)))
        if which == 9:
            return repr(np.packbits(x.reshape(()), axis=0))
        return repr(np.unpackbits(x.astype(np.uint8).reshape(()), axis=1))
    except TypeError as e:
        return f"TypeError: {e}"
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: {"x": [1, 0, 1], "which": 0}
# inputs: {"x": [1, 0, 1], "which": 1}
# inputs: {"x": [1, 0, 1], "which": 2}
# inputs: {"x": [[1, 0, 1]], "which": 3}
# inputs: {"x": [[1, 0, 1]], "which": 4}
# inputs: {"x": [1, 0, 1], "which": 5}
# inputs: {"x": [1, 0, 1], "which": 6}
# inputs: {"x": [1, 0, 1], "which": 7}
# inputs: {"x": [1, 0, 1], "which": 8}
# inputs: {"x": [5], "which": 9}
# inputs: {"x": [5], "which": 10}
