import numpy as np

# np.isclose / np.allclose / np.array_equal: tolerances in b's float type, inf only equal
# to itself, NaN only with equal_nan, Python numbers on either side, broadcasting.


def close(x: list[float], y: list[float], n: list[int]) -> str:
    a = np.array(x)
    b = np.array(y)
    i = np.array(n)
    lines = [
        repr(np.isclose(a, b)),
        repr(np.isclose(a, b, equal_nan=True)),
        repr(np.isclose(a.astype(np.float32), b.astype(np.float32), rtol=1e-3)),
        repr(np.isclose(a, 1.0)),
        repr(np.isclose(0.0, b, atol=0.5)),
        repr(np.isclose(i, i + 1, atol=1)),
        repr(np.isclose(a[:, None], b[None, :]).shape),
        str(np.allclose(a, b)) + str(np.allclose(a, a, equal_nan=True)) + str(np.allclose(i, i)),
        str(np.array_equal(a, a)) + str(np.array_equal(a, a, equal_nan=True)),
        str(np.array_equal(i, i[:1])) + str(np.array_equal(i, i.astype(np.float64))),
    ]
    return "\n".join(lines)


# inputs: {"x": [1.0, 2.0, 1e10, 0.0], "y": [1.0000001, 2.1, 1.00001e10, 1e-9], "n": [1, 2, 3]}
# inputs: {"x": [1.0, 2.0, 3.0], "y": [1.0, 2.0, 3.0], "n": [7]}
