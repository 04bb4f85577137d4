import numpy as np


def join(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [
        np.concatenate([a, b]),
        np.concatenate((a, b), axis=1),
        np.concatenate([a, b, a], axis=-1),
        np.concatenate([a, b], axis=None),
        np.stack([a, b]),
        np.stack((a, b), axis=1),
        np.stack([a, b], axis=-1),
    ]


# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
# inputs: {"a": [[1.5, 2.5]], "b": [[3, 4]]}
