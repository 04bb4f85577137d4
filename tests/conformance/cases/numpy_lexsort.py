import numpy as np


def lexsorts(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    # The last key first, ties by the earlier ones, NaN last; keys as a tuple, a list or the
    # rows of an array, along the last axis of 2-d keys.
    out = [np.lexsort((a, b)), np.lexsort([b, a]), np.lexsort((a,)), np.lexsort(np.stack([a, b]))]
    out += [np.lexsort((a, b, -a)), np.lexsort((a.reshape(2, -1), b.reshape(2, -1)))]
    out += [np.lexsort((a.astype(np.float32), b.astype(np.int32))), np.lexsort((a[:0], b[:0]))]
    return out


# inputs: {"a": [3.0, 1.0, 2.0, 1.0, NaN, 0.5], "b": [1.0, 1.0, 0.0, 0.0, 1.0, NaN]}
# inputs: {"a": [5, 1, 5, 1, 2, 2], "b": [0, 0, 0, 1, 1, 0]}
