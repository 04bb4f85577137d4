import numpy as np


def products(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.prod(),
        x.astype(np.int32).prod(axis=0),
        x.astype(np.uint8).prod(axis=-1),
        x.astype(np.float32).prod(axis=0, keepdims=True),
        x.astype(np.bool_).prod(axis=1),
        np.prod(x.T, axis=0),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[70000, 70000], [1, -1]]}
# inputs: {"x": [[0, 9], [300, 2]]}
