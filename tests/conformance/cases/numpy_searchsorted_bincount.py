import numpy as np

# np.searchsorted (NaN sorted last; a Python number compared in float64, not the array's
# dtype), np.digitize over increasing and decreasing bins, np.bincount with weights and
# minlength.


def search(sorted_values: list[float], values: list[float], ids: list[int]) -> str:
    a = np.array(sorted_values)
    v = np.array(values)
    x = np.array(ids)
    lines = [
        repr(np.searchsorted(a, v)) + repr(np.searchsorted(a, v, side="right")),
        repr(np.searchsorted(a, 2.0)) + repr(a.searchsorted(v.reshape(1, -1), "right")),
        repr(np.searchsorted(a.astype(np.float32), 0.1, side="right")),
        repr(np.searchsorted(a.astype(np.int64), v)) + repr(np.searchsorted(a, x)),
        repr(np.searchsorted(a, [0.5, 2.5])) + repr(np.searchsorted(a[:0], v)),
        repr(np.digitize(v, a[np.isfinite(a)])) + repr(np.digitize(v, [3.0, 2.0, 1.0], right=True)),
        repr(np.digitize(2.5, [1, 2, 3])) + repr(np.digitize(v, [1.0, 2.0, 3.0], True)),
        repr(np.bincount(x)) + repr(np.bincount(x, minlength=9)),
        repr(np.bincount(x, weights=np.arange(len(ids)) * 0.5)),
        repr(np.bincount(x.astype(np.uint8))) + repr(np.bincount(x > 1)),
        repr(np.bincount(np.array(ids[:0], dtype=np.int64), minlength=2)),
        repr(np.array(ids[:0])) + repr(np.array([ids[:0], ids[:0]])),
    ]
    return "\n".join(lines)


# inputs: {"sorted_values": [1.0, 2.0, 2.0, 3.0, NaN], "values": [2.0, NaN, 0.0], "ids": [0, 1, 3]}
# inputs: {"sorted_values": [0.1, 0.5], "values": [0.1, -Infinity, Infinity], "ids": [2, 2, 0]}
# inputs: {"sorted_values": [-1.0], "values": [], "ids": [5]}
