import numpy as np


def medians(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.median(x),
        np.median(x, axis=0),
        np.median(x, axis=-1, keepdims=True),
        np.median(x.astype(np.float32), axis=1),
        np.median(x.astype(np.float16), axis=0),
        np.median(x.astype(np.int32), axis=-1),
        np.median(x.astype(np.uint8), axis=-1),
        np.median(x > 2, axis=0),
        np.median(x.T, keepdims=True),
    ]


# inputs: {"x": [[3, 1, 2, 7], [4, 4, 0, 9], [1, 5, 5, 2]]}
# inputs: {"x": [[0.1, 0.7, 0.3], [2.5, -1.25, 3000.0]]}
# inputs: {"x": [[1.5, 2.5, 2.0], [3.0, 4.0, 5.0]]}
# inputs: {"x": [[200, 201]]}
# inputs: {"x": [[1.0, 2.0, 3.0]]}
