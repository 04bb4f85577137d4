import numpy as np


# initial= starts each reduction (cast to the result's dtype), so empty and wholly
# masked-out runs give it; max and min with where= need it.
def started(x: list[list[float]], keep: list[list[bool]]) -> list[np.ndarray]:
    a = np.array(x)
    m = np.array(keep)
    ints = a.astype(np.int32)
    empty = np.zeros((0, 3))
    return [
        np.max(a, axis=1, where=m, initial=-1.0),
        np.min(a, axis=0, where=m, initial=100),
        a.max(initial=5.5),
        ints.max(initial=5.5),
        np.amin(ints, axis=1, initial=2, where=m),
        np.sum(a, initial=10),
        np.sum(ints, axis=1, initial=0.5),
        np.prod(a, axis=0, initial=2.0, where=m),
        np.max(empty, axis=0, initial=1),
        np.sum(empty, axis=1, initial=3),
        np.min(np.array([np.nan, 1.0]), initial=0.0),
        np.max(np.array([2.0]), where=np.array([False]), initial=-np.inf),
        np.max(np.array([1.0]), initial=np.nan),
    ]


# inputs: {"x": [[1.5, 2, -3], [4, 0.5, 6]], "keep": [[true, false, true], [false, false, true]]}
# inputs: {"x": [[7.0, 8.0], [9.0, 10.0]], "keep": [[false, false], [false, false]]}
