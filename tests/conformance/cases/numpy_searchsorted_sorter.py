import numpy as np


def search_with_sorter(a: np.ndarray, v: np.ndarray) -> list[np.ndarray]:
    # An unsorted array searched through the permutation that sorts it, both sides, keys in
    # and out of order (numpy narrows its search from the previous key's result).
    order = np.argsort(a, kind="stable")
    out = [np.searchsorted(a, v, sorter=order), np.searchsorted(a, v, "right", order)]
    out += [
        a.searchsorted(v, side="right", sorter=order),
        np.searchsorted(a, v[::-1], sorter=order),
    ]
    out += [
        np.searchsorted(a, 2.5, sorter=order),
        np.searchsorted(a, v, sorter=list(range(len(a)))),
    ]
    out += [np.searchsorted(a, v, sorter=order.astype(np.int32))]
    out += [np.searchsorted(a[:0], v, sorter=order[:0])]
    return out


# inputs: {"a": [3.0, 1.0, 2.0, 2.0, 9.0, -4.0, NaN], "v": [2.0, -5.0, 100.0, 2.0, 1.5, NaN, 0.0]}
# inputs: {"a": [5, 1, 4, 1, 3], "v": [1, 1, 2, 6, 0, 4]}
