import numpy as np

# np.round / np.around / a.round with decimals: numpy's own steps in the array's float type
# (so 2.675 rounds to 2.68 in float64), integers through float64 for negative decimals,
# half to even throughout.


def rounded(x: list[float], n: list[int], d: int) -> str:
    a = np.array(x)
    i = np.array(n)
    lines = [
        repr(np.round(a, d)),
        repr(np.around(a, -d)),
        repr(a.round(d + 1)),
        repr(np.round(a.astype(np.float32), d)),
        repr(np.round(i, -d)),
        repr(np.round(i.astype(np.int32), d)),
        repr(np.round(a)),
        repr(np.round(np.array([True, False]))),
    ]
    try:
        lines.append(repr(np.round(np.array([True]), d)))
    except TypeError as e:
        lines.append("TypeError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [1.2345, -2.5, 0.125, 1250.0, 2.675, 0.5, -0.0], "n": [1234, 1250, -150, 7], "d": 2}
# inputs: {"x": [1.5, 2.5, -3.5, 1e300, 123456.789], "n": [15, 25, -35], "d": 1}
# inputs: {"x": [0.1, 0.2], "n": [99], "d": 0}
