import numpy as np

# numpy sums 8 or more elements pairwise, in another order than ingot's running sum.
# float-tolerance: 1e-15


def nan_reduced(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, x)
    t = a.T
    results = [
        np.nansum(a),
        np.nansum(a, axis=0),
        np.nansum(t, axis=-1, keepdims=True),
        np.nanmean(a, axis=1),
        np.nanmean(a, axis=(0, 1)),
        np.nanmax(a, axis=0),
        np.nanmin(t, axis=1, keepdims=True),
        np.nanmax(a),
        np.nanargmax(a),
        np.nanargmin(t),
        np.nanvar(a),
        np.nanstd(a, ddof=1),
        np.nanvar(t, axis=(0, 1), keepdims=True),
        np.nanstd(a, axis=(-1, 0), ddof=2),
        np.nanmedian(a),
        np.nanmedian(a, axis=-1, keepdims=True),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1.0, 99, 3.0], [4.0, 5.0, 99], [99, 2.0, 0.5]]}
# inputs: {"x": [[2.0, 8.0], [-1.0, 99]]}
