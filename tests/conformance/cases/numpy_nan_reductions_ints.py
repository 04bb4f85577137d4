import numpy as np


def int_nan_reduced(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    b = x > 2
    results = [
        np.nansum(x),
        np.nansum(b, axis=0),
        np.nanmean(x, axis=1),
        np.nanmax(x, axis=0),
        np.nanmin(b),
        np.nanargmax(x, axis=1),
        np.nanargmin(b),
        np.nanvar(x),
        np.nanstd(x, axis=0, ddof=1),
        np.nanmedian(x, axis=1),
        np.nanmedian(b),
        np.nansum(np.zeros((2, 0)), axis=1),
        np.nanmean(np.zeros((0, 3)), axis=0),
        np.nanmax(np.zeros((0, 3)), axis=1),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1, 7, 3], [4, 0, 9]]}
# inputs: {"x": [[5], [2]]}
