import numpy as np


# np.packbits over every axis (negative ones too) and the flattened array, both bit orders,
# from bool and from integer arrays (nonzero is a 1 bit); a short last byte pads with zeros.
def packbits_all(x: np.ndarray) -> list[str]:
    out = [repr(np.packbits(x)), repr(np.packbits(x, bitorder="little"))]
    for axis in range(-x.ndim, x.ndim):
        out.append(repr(np.packbits(x > 0, axis=axis)))
        out.append(repr(np.packbits(x.astype(np.int8), axis=axis, bitorder="little")))
        out.append(repr(np.packbits(x.astype(np.uint8), axis)))
    out.append(repr(np.packbits(x.astype(np.int32) * -3, axis=-1)))
    return out


# inputs: {"x": [1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0]}
# inputs: {"x": [0, 0, 0, 0, 0, 0, 0, 1]}
# inputs: {"x": [[1, 0, 1], [0, 1, 1]]}
# inputs: {"x": [[1, 0, 1, 1, 1, 1, 1, 1, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]]}
# inputs: {"x": [[1, 1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0]]}
# inputs: {"x": [[[1, 0, 1], [0, 1, 1]], [[1, 1, 1], [0, 0, 1]], [[0, 0, 0], [1, 0, 0]]]}
# inputs: {"x": [[], []]}
