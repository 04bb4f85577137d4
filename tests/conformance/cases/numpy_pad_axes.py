import numpy as np


def per_axis(x: np.ndarray, a: int, b: int) -> list[np.ndarray]:
    return [
        np.pad(x, ((a, b), (b, a))),
        np.pad(x, [[a, b], [0, 1]]),
        np.pad(x, [(a, 0), (0, b)], mode="edge"),
        np.pad(x, ((a,), (b,)), mode="wrap"),
        np.pad(x, [[a], [b]], mode="reflect"),
        np.pad(x, ((a, b),), mode="symmetric"),
        np.pad(x, ((a, b), (b, a)), constant_values=((1, 2), (3, 4))),
        np.pad(x, 1, constant_values=((1, 2), (3, 4))),
        np.pad(x, a, constant_values=[[5], [6]]),
        np.pad(x.astype(np.uint8), ((a, b), (b, a)), constant_values=((1, 2), (3, 200))),
        np.pad(x, ((True, 0), (1, 1))),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "a": 1, "b": 2}
# inputs: {"x": [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]], "a": 0, "b": 4}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "a": 7, "b": 0}
# inputs: {"x": [[9]], "a": 3, "b": 1}
