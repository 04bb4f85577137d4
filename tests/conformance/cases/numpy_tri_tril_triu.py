import numpy as np

# np.tri, np.tril and np.triu: any diagonal k, stacks of matrices, a 1-D array as the rows
# of a square matrix (numpy broadcasts it), NaN kept where kept, every dtype.


def triangles(values: list[float], k: int) -> str:
    a = np.array(values).reshape(2, 2, -1)
    lines = [
        repr(np.tri(3)) + repr(np.tri(2, 4, k=k)) + repr(np.tri(3, dtype=int)),
        repr(np.tri(3, k=-1, dtype=bool)),
        repr(np.tril(a)) + repr(np.triu(a, k)),
        repr(np.tril(a[0], k=k)) + repr(np.triu(a[0], k=-k)),
        repr(np.tril(a[0, 0])) + repr(np.triu(a[0, 0] > 1)),
        repr(np.tril(a.astype(np.int32), -1)) + repr(np.triu(a.astype(np.float32), 5)),
        repr(np.tril(np.ones((0, 3)))) + repr(np.triu(np.ones((3, 0)))),
    ]
    try:
        lines.append(repr(np.tril(np.array(5.0))))
    except TypeError as e:
        lines.append("TypeError: " + str(e))
    return "\n".join(lines)


# inputs: {"values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0], "k": 1}
# inputs: {"values": [NaN, 2.0, -1.5, 0.0, 5.0, Infinity, 7.0, 8.0], "k": -1}
# inputs: {"values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0], "k": 0}
