import numpy as np

# numpy's cbrt, arctan2 and float32 sin come from its SIMD libraries (SVML on AVX-512),
# within an ulp or two of the correctly rounded results computed here.
# float-tolerance: 1e-6


def transcendental(x: np.ndarray, y: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    a = np.where(x == 99, np.nan, x)
    b = np.where(y == 99, np.nan, np.where(y == -98, -np.inf, y))
    t = a[::-2]
    n = np.array([8, -27, 0, 5])
    results = [
        np.cbrt(a),
        np.cbrt(t),
        np.cbrt(a.astype(np.float32)),
        np.cbrt(n),
        np.cbrt(n.astype(np.int32)),
        np.sinc(a),
        np.sinc(t.astype(np.float32)),
        np.sinc(a.astype(np.float16)),
        np.sinc(n),
        np.sinc(n > 0),
        np.arctan2(a, b),
        np.atan2(b[::-1], a),
        np.arctan2(a.astype(np.float32), 2.0),
        np.arctan2(n, n.astype(np.int32)),
    ]
    return results, [str(r.dtype) for r in results] + [
        str(np.cbrt(n.astype(np.int8)).dtype),
        str(np.sinc(n.astype(np.uint8)).dtype),
        str(np.arctan2(n > 0, n > 1).dtype),
    ]


# inputs: {"x": [1.0, -8.0, 0.0, 99, 27.5, 0.001, -1e300, 2.0], "y": [1, 2, 99, -98, 0, 3, 4, 5]}
# inputs: {"x": [0.5, -0.5, 1.5, 3.0, 99, -2.25], "y": [-0.0, 0.0, -1.0, 99, 2.5, -2.5]}
