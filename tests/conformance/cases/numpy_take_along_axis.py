import numpy as np


def best_per_row(scores: np.ndarray, k: int) -> list[np.ndarray]:
    order = np.argsort(-scores, axis=1)[:, :k]
    return [order, np.take_along_axis(scores, order, axis=1), np.take(scores, order[0], axis=1)]


# inputs: {"scores": [[0.1, 0.9, 0.5], [0.7, 0.2, 0.4]], "k": 2}
