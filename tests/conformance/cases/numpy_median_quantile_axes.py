import numpy as np

# np.median, np.quantile and np.percentile over a tuple of axes: the axes are reduced
# together, in any order, negative or not, with keepdims keeping each as 1.


def over_axes(x: list[float]) -> str:
    a = np.array(x).reshape(2, 3, -1)
    lines = [
        repr(np.median(a, axis=(0, 2))),
        repr(np.median(a, axis=(-1, 0), keepdims=True)),
        repr(np.median(a.astype(np.float32), axis=(1,))),
        repr(np.median(a.astype(np.int32), axis=(0, 1, 2))),
        repr(np.quantile(a, 0.25, axis=(1, 2))),
        repr(np.quantile(a, [0.0, 0.5, 1.0], axis=(0, -1), keepdims=True)),
        repr(np.percentile(a.astype(np.float32), 90, axis=(2, 1))),
        repr(np.percentile(a.astype(np.int64), [10, 75], axis=(0, 1))),
        repr(np.median(a.transpose(2, 0, 1)[:, ::-1], axis=(1, 2))),
        repr(np.median(a, axis=())),
    ]
    for axes in [(0, 0), (0, -3), (1, 3)]:
        try:
            lines.append(repr(np.median(a, axis=axes)))
        except ValueError as e:  # numpy's AxisError is a ValueError too
            lines.append("ValueError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [3.0, 1.0, 2.0, 7.0, 4.0, 4.0, 0.0, 9.0, 1.0, 5.0, 5.0, 2.0]}
# inputs: {"x": [0.5, -1.5, 2.25, 8.0, 1e9, -3.0]}
# inputs: {"x": [1.0, 2.0, NaN, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0]}
