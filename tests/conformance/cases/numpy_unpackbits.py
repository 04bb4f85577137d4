import numpy as np


# np.unpackbits over every axis and the flattened array, both bit orders, and counts that
# keep fewer bits, take them from the end (negative), or pad past the last byte.
def unpackbits_all(x: np.ndarray, count: int) -> list[str]:
    u = x.astype(np.uint8)
    out = [
        repr(np.unpackbits(u)),
        repr(np.unpackbits(u, bitorder="little")),
        repr(np.unpackbits(u, count=count)),
    ]
    for axis in range(-u.ndim, u.ndim):
        out.append(repr(np.unpackbits(u, axis=axis)))
        out.append(repr(np.unpackbits(u, axis=axis, count=count)))
        out.append(repr(np.unpackbits(u, axis=axis, count=count, bitorder="little")))
    out.append(repr(np.packbits(np.unpackbits(u, axis=-1), axis=-1)))
    return out


# inputs: {"x": [5, 255, 128, 3], "count": 10}
# inputs: {"x": [5, 255, 128, 3], "count": -3}
# inputs: {"x": [5, 255, 128, 3], "count": 40}
# inputs: {"x": [5, 255, 128, 3], "count": 0}
# inputs: {"x": [[5, 255], [128, 3]], "count": 3}
# inputs: {"x": [[5, 255], [128, 3]], "count": -1}
# inputs: {"x": [[[1, 2], [4, 8]], [[16, 32], [64, 129]]], "count": 12}
# inputs: {"x": [[[1, 2], [4, 8]], [[16, 32], [64, 129]]], "count": -8}
