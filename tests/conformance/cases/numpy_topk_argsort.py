import numpy as np


def topk(scores: np.ndarray, k: int) -> list[np.ndarray]:
    order = np.argsort(-scores, axis=-1, kind="stable")[:, :k]
    return [
        order,
        np.take_along_axis(scores, order, axis=-1),
        np.argsort(scores, axis=-1)[:, ::-1][:, :k],
    ]


# inputs: {"scores": [[0.1, 0.9, 0.5, 0.9], [3.0, 1.0, 2.0, 0.0]], "k": 2}
# inputs: {"scores": [[1, 1, 1]], "k": 3}
# inputs: {"scores": [[5.0, 4.0]], "k": 0}
