import numpy as np


def padded(x: np.ndarray, n: int) -> list[np.ndarray]:
    return [
        np.pad(x, n),
        np.pad(x, (1, n)),
        np.pad(x, [n, 0]),
        np.pad(x, n, constant_values=7),
        np.pad(x, (n, 2), "constant", constant_values=(-1, 2)),
        np.pad(x, n, mode="constant", constant_values=2.5),
        np.pad(x.astype(np.float32), n, constant_values=0.1),
        np.pad(x.astype(np.int32), (0, n), constant_values=-3),
        np.pad(x.astype(np.uint8), n, constant_values=(-1, 300 - 45)),
        np.pad(x > 1, n),
        np.pad(x > 1, n, constant_values=True),
        np.pad(x.astype(np.float16), n, constant_values=1e6),
    ]


# inputs: {"x": [1, 2, 3], "n": 2}
# inputs: {"x": [1.5, -2.0], "n": 0}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "n": 1}
# inputs: {"x": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "n": 2}
# inputs: {"x": [], "n": 3}
# inputs: {"x": [[], []], "n": 1}
# inputs: {"x": [7], "n": 5}
