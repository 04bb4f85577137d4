import numpy as np


def stat_pads(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    # Every statistic mode, with and without stat_length, over the dtypes numpy rounds or
    # truncates into, and 2-D arrays whose later axes read the borders of earlier ones.
    out = []
    for mode in ["maximum", "minimum", "mean", "median"]:
        for w in [(0, 0), (1, 0), (2, 3)]:
            out.append(np.pad(x, w, mode=mode))
            out.append(np.pad(x, w, mode=mode, stat_length=2))
            out.append(np.pad(x, w, mode=mode, stat_length=(1, 3)))
            out.append(np.pad(x, w, mode=mode, stat_length=[10, 2.5]))
            out.append(np.pad(x.astype(np.float32), w, mode=mode, stat_length=(3, 2)))
            out.append(np.pad(x.astype(np.int32), w, mode=mode, stat_length=(2, 3)))
            out.append(np.pad(x.astype(np.uint8), w, mode=mode))
            out.append(np.pad(x > 2, w, mode=mode, stat_length=3))
        out.append(np.pad(y, ((1, 2), (3, 1)), mode=mode))
        out.append(np.pad(y, 2, mode=mode, stat_length=((1, 2), (2, 1))))
        out.append(np.pad(y.T, ((2, 0), (1, 3)), mode=mode, stat_length=np.array([1, 2])))
        out.append(np.pad(y.astype(np.float16), 1, mode=mode, stat_length=[(2, 1), (1, 3)]))
    out.append(np.pad(x.astype(np.float64), 2, mode="mean", stat_length=0))
    out.append(np.pad(x.astype(np.float64), 2, mode="median", stat_length=(0, 1)))
    return out


# inputs: {"x": [1.0, 4.0, 2.0, 8.5, -3.25], "y": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]}
# inputs: {"x": [3, 1, 4, 1, 5, 9, 2, 6], "y": [[1, 2], [3, 4], [5, 6]]}
# inputs: {"x": [7], "y": [[2, 5, 7, 1]]}
# inputs: {"x": [2.5, NaN, 1.0], "y": [[1.0, NaN], [Infinity, 2.0]]}
