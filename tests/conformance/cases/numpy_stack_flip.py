import numpy as np

# vstack / hstack (1-d and 2-d pieces) and flip along one axis, several or all.


def pieces(x: list[float], m: list[list[int]]) -> str:
    a = np.array(x)
    b = np.array(m)
    lines = [
        repr(np.vstack([a, a * 2])),
        repr(np.vstack((b, b[:1]))),
        repr(np.hstack([a, a[:1]])),
        repr(np.hstack((b, b))),
        repr(np.flip(a)),
        repr(np.flip(b, 0)),
        repr(np.flip(b, axis=-1)),
        repr(np.flip(b, (0, 1))),
    ]
    try:
        lines.append(repr(np.vstack([a, b])))
    except ValueError as e:
        lines.append("ValueError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [0.5, -1.5, 100.0], "m": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [1e-10, 2.0, 3.0], "m": [[0, 7, 1]]}
