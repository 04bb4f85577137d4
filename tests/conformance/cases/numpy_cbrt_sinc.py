import numpy as np

# float-tolerance: 1e-15


def cube_roots(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, x)
    t = a.T if a.ndim == 2 else a[::2]
    n = np.array([8, -27, 0, 5])
    results = [
        np.cbrt(a),
        np.cbrt(t),
        np.cbrt(n),
        np.cbrt(n.astype(np.int32)),
        np.sinc(a),
        np.sinc(t),
        np.sinc(n),
        np.sinc(n > 0),
    ]
    return results, [str(r.dtype) for r in results] + [
        str(np.cbrt(a.astype(np.float32)).dtype),
        str(np.cbrt(n.astype(np.int8)).dtype),
        str(np.sinc(n.astype(np.uint8)).dtype),
    ]


# inputs: {"x": [1.0, -8.0, 0.0, 99, 27.5, 0.001, -1e300, 2.0]}
# inputs: {"x": [[0.5, -0.5, 1.5], [3.0, 99, -2.25]]}
