import numpy as np


# The ops that dispatch on dtype, over int8: reductions, order statistics, sorting,
# indexing, selection, joins, matmul and floor division's wrap at -128 // -1.
def int8_ops(x: np.ndarray) -> list[str]:
    a = x.astype(np.int8)
    m = a.reshape(2, 3)
    b = a.copy()
    b[0] = -5
    b += 1
    return [
        repr(np.median(a)),
        repr(np.percentile(a, 25)),
        repr(np.unique(a)),
        repr(np.argmax(a)),
        repr(np.argmin(m, axis=1)),
        repr(m.sum(axis=0)),
        repr(m.prod(axis=1)),
        repr(m.max(axis=1)),
        repr(np.cumsum(m, axis=1)),
        repr(np.where(a > 0, a, 0)),
        repr(np.clip(a, -10, 10)),
        repr(np.concatenate([a, a[:2]])),
        repr(np.stack([a, a])),
        repr(m.T),
        repr(m[:, 1]),
        repr(a[[0, 2]]),
        repr(m @ m.T),
        repr(a // np.array(-1, dtype=np.int8)),
        repr(np.maximum(a, np.int8(3))),
        repr(b),
        repr(np.sort(m, axis=0)),
        repr(np.std(a)),
        str(np.count_nonzero(a)),
        repr(a.any()),
        repr(np.flip(a)),
    ]


# inputs: {"x": [3, -128, 127, 0, -7, 12]}
