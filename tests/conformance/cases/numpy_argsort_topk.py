import numpy as np


def top(scores: np.ndarray, k: int) -> list[int]:
    idx = np.argsort(-scores)[:k]
    best: list[int] = idx.tolist()
    return best


# inputs: {"scores": [0.1, 0.9, 0.3, 0.7], "k": 2}
# inputs: {"scores": [5.0], "k": 3}
