import numpy as np


def reprs(x: np.ndarray) -> list[str]:
    return [
        repr(x),
        repr(x.astype(np.float32)),
        repr(x.astype(np.int32)),
        repr(x > 0),
        repr(x.reshape(-1, 1)),
        repr(x[:0]),
        repr(np.zeros((0, 2))),
        repr(x.sum()),
        repr(x.astype(np.float32).max()),
        repr(x.astype(np.int64).min()),
        repr(x.astype(np.uint8)[0]),
        repr((x > 0).all()),
        repr(np.arange(30) * 1.5),
    ]


# inputs: {"x": [1.0, 2.5, -3.0]}
# inputs: {"x": [0.5, 1e-9]}
# inputs: {"x": [7, 8, 9, 10]}
