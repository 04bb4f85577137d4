import numpy as np


def joined(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        np.concatenate([a, b]),
        np.concatenate([a, b], axis=-1),
        np.concatenate((a, b.astype(np.float32)), axis=1),
        np.concatenate([a.T, b.T], axis=0),
        np.concatenate([a, b], axis=None),
        np.concatenate([a[:0], b]),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[1.5, 2.5]], "b": [[5.0, 6.0]]}
