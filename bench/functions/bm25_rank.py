"""Scores documents against a query with BM25 over whitespace tokens, as a reranker does."""

import math


def bm25_rank(query: str, docs: list[str], k1: float = 1.5, b: float = 0.75) -> list[int]:
    tokenized = [d.lower().split() for d in docs]
    avg_len = sum(len(t) for t in tokenized) / max(1, len(tokenized))
    df: dict[str, int] = {}
    for tokens in tokenized:
        for term in set(tokens):
            df[term] = df.get(term, 0) + 1
    n = len(docs)
    scores = []
    for i, tokens in enumerate(tokenized):
        tf: dict[str, int] = {}
        for t in tokens:
            tf[t] = tf.get(t, 0) + 1
        score = 0.0
        for term in query.lower().split():
            if term not in tf:
                continue
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            freq = tf[term]
            score += idf * freq * (k1 + 1) / (freq + k1 * (1 - b + b * len(tokens) / avg_len))
        scores.append((score, i))
    scores.sort(reverse=True)
    return [i for _, i in scores[:10]]
