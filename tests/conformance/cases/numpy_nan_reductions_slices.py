import numpy as np


def nan_slices(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    # Whole rows of NaN: NaN results (numpy warns), and dof <= 0 in nanvar.
    a = np.where(x == 99, np.nan, x)
    f = a.astype(np.float32)
    results = [
        np.nanmean(a, axis=1),
        np.nanmax(a, axis=1),
        np.nanmin(a, axis=-1),
        np.nanvar(a, axis=1),
        np.nanstd(a, axis=1, ddof=1),
        np.nanmedian(a, axis=1),
        np.nansum(f, axis=1),
        np.nanmean(f, axis=1),
        np.nanmax(f, axis=1),
        np.nanvar(f, axis=1),
        np.nanmedian(f, axis=1),
        np.nanargmax(a, axis=0),
        np.nanargmin(a[:, ::-1], axis=0),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[99, 99, 99], [1.0, 99, 2.0], [3.0, 4.0, 99]]}
# inputs: {"x": [[99, 5.0], [99, 99], [2.0, 2.5]]}
