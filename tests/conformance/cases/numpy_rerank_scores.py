import numpy as np


def rerank(logits: np.ndarray, k: int) -> list[tuple[int, float]]:
    probs = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
    order = np.argsort(probs)[::-1][:k]
    result: list[tuple[int, float]] = []
    for i in range(len(order)):
        j = int(order[i])
        result.append((j, float(probs[j])))
    return result


# inputs: {"logits": [2.0, -1.0, 0.5, 3.5], "k": 3}
# inputs: {"logits": [0.0], "k": 2}
