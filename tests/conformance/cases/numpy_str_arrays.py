import numpy as np


def printed(x: np.ndarray) -> list[str]:
    f = x.astype(np.float32)
    return [
        str(x),
        str(f),
        str(x * 1e-5),
        str(x * 1e9),
        str(x.astype(np.int32)),
        str(x > 1),
        str(x.reshape(1, -1)),
        str(np.sqrt(np.abs(x))),
        str(x / 0),
        str(x[:0]),
    ]


# inputs: {"x": [1.0, 2.5, -3.25]}
# inputs: {"x": [0.1, 0.2, 0.30000000000000004, 100.0]}
# inputs: {"x": [1, 2, 30]}
# inputs: {"x": [0.0, 12345.678, 1e-3]}
