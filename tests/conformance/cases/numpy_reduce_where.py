import numpy as np


# numpy's where= on reductions: masked-out elements take no part; a wholly masked-out mean
# is NaN (numpy warns, and gives it).
def masked(x: list[list[float]], keep: list[list[bool]]) -> list[np.ndarray]:
    a = np.array(x, dtype=np.float32)
    m = np.array(keep)
    ints = np.array(x).astype(np.int32)
    return [
        np.sum(a, where=m),
        a.sum(axis=1, where=m),
        np.sum(a, axis=0, keepdims=True, where=m),
        np.sum(a, axis=(0, 1), where=m),
        np.prod(ints, axis=0, where=m),
        np.mean(a, axis=1, where=m),
        a.mean(axis=-1, keepdims=True, where=m[:, :1]),
        np.mean(ints, axis=0, where=m),
        np.any(a > 1, axis=1, where=m),
        np.all(a > 1, axis=0, where=m),
        a.T.sum(axis=0, where=m.T),
        np.sum(ints, where=m),
    ]


# inputs: {"x": [[1.5, 2, -3], [4, 0.5, 6]], "keep": [[true, false, true], [false, false, true]]}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "keep": [[false, false], [false, false]]}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "keep": [[true, true], [true, true]]}
