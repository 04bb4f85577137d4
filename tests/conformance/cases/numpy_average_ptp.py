import numpy as np


def averaged(x: np.ndarray, w: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    f = x.astype(np.float32)
    results = [
        np.average(x),
        np.average(x, axis=0),
        np.average(x, axis=-1, keepdims=True),
        np.average(x, weights=x + 1),
        np.average(x, axis=1, weights=w),
        np.average(x, 0, returned=False, keepdims=True),
        np.average(f, axis=1, weights=w.astype(np.float32)),
        np.average(f, axis=1, weights=w),
        np.average(f.T, axis=0, weights=w),
        np.average(x > 1, axis=1, weights=w),
        np.ptp(x),
        np.ptp(x, axis=0),
        np.ptp(f, axis=-1, keepdims=True),
        np.ptp(x.astype(np.uint8), axis=(0, 1)),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1, 5, 2], [0, 3, 9]], "w": [1, 2, 3]}
# inputs: {"x": [[1, 5, 2], [0, 3, 9]], "w": [0.5, 0.25, 0.25]}
