import numpy as np


def _pick(docs: np.ndarray, sims: np.ndarray, k: int, lam: float) -> list[int]:
    doc_sims = docs @ docs.T
    chosen: list[int] = []
    candidates = list(range(docs.shape[0]))
    while candidates and len(chosen) < k:
        best = -1
        best_score = -np.inf
        for c in candidates:
            # max() of numpy scalars with a Python default, as maximal marginal relevance
            # writes it: the first pick has nothing chosen to compare against.
            redundancy = max((doc_sims[c, s] for s in chosen), default=0.0)
            score = lam * sims[c] - (1 - lam) * redundancy
            if score > best_score:
                best_score = score
                best = c
        chosen.append(best)
        candidates.remove(best)
    return chosen


def mmr(
    query: list[float], docs: list[list[float]], k: int, lam: float
) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
    d = np.array(docs, dtype=np.float32)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    q = np.array(query, dtype=np.float32)
    empty = np.zeros(0)
    return (
        _pick(d, d @ q, k, lam),
        max((x for x in empty), default=-1),
        min((x for x in d[0]), default=2.5),
        max(d[:, 0], default=0.0),
    )


# inputs: {"query": [1, 0], "docs": [[1, 0], [0.9, 0.1], [0, 1]], "k": 2, "lam": 0.5}
# inputs: {"query": [1, 1], "docs": [[1, 0], [0.7, 0.7], [0.71, 0.69], [0, 1]], "k": 3, "lam": 0.3}
# inputs: {"query": [1, 1], "docs": [[1, 0]], "k": 0, "lam": 1.0}
