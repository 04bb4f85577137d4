import numpy as np


def top_k(query: np.ndarray, docs: np.ndarray, k: int) -> list[int]:
    # Cosine similarity of one query against many documents, then the k best indices.
    q = query / np.linalg.norm(query)
    d = docs / np.linalg.norm(docs, axis=-1, keepdims=True)
    scores = d @ q
    best = np.argsort(scores)[::-1][:k]
    indices: list[int] = best.tolist()
    return indices


# inputs: {"query": [1.0, 0.0], "docs": [[1.0, 0.1], [0.0, 1.0], [-1, 0], [0.7, 0.7]], "k": 2}
# inputs: {"query": [0.2, 0.9, -0.1], "docs": [[1, 2, 3], [3, 2, 1], [0, 1, 0]], "k": 3}
# inputs: {"query": [1.0, 2.0], "docs": [[1.0, 2.0]], "k": 5}
