import numpy as np

# An operator with an array on one side converts a list on the other as np.asarray does
# (ndarray's operator methods run first, even for `list * array`). Without an array, a
# list keeps Python's meaning.


def operands(v: list[float], xs: list[float], ids: list[int], rows: list[list[int]]) -> str:
    a = np.array(v, dtype=np.float32)
    lines = [
        repr(a + xs) + repr(xs - a) + repr(xs * a) + repr(a / xs),
        repr(a == xs) + repr(xs < a) + repr(a >= ids),
        repr(a.reshape(1, -1) - rows) + repr(rows @ np.ones(len(v))),
        repr(np.asarray(ids) % ids) + repr(np.asarray(ids) & [1, 2, 3][: len(ids)]),
        repr(ids * 2) + repr([0.5] + xs),
    ]
    b = a.copy()
    b += xs
    b *= ids
    lines.append(repr(b))
    try:
        lines.append(repr(a + xs[:2]))
    except ValueError as e:
        lines.append("ValueError: " + str(e))
    return "\n".join(lines)


# inputs: {"v": [1.5, 2.0, -3.0], "xs": [1.0, 2.0, 3.0], "ids": [3, 1, 2], "rows": [[1, 2, 3]]}
# inputs: {"v": [0.25, 4.0, 1e30], "xs": [0.5, -0.0, 1e-30], "ids": [1, 0, 7], "rows": [[0, 0, 0]]}
# inputs: {"v": [1.0, 2.0], "xs": [4.0, 0.5], "ids": [2, 2], "rows": [[1, 2], [3, 4], [5, 6]]}
