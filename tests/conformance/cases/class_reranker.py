from dataclasses import dataclass


@dataclass(order=True)
class Scored:
    score: float
    text: str


class Reranker:
    def __init__(self, boost_words: list[str]):
        self.boost = set(w.lower() for w in boost_words)

    def score(self, query: str, doc: str) -> float:
        q = set(query.lower().split())
        d = doc.lower().split()
        overlap = sum(1 for w in d if w in q)
        bonus = sum(0.5 for w in d if w in self.boost)
        return round(overlap / max(len(d), 1) + bonus, 4)

    def rank(self, query: str, docs: list[str], k: int) -> list[Scored]:
        scored = [Scored(self.score(query, d), d) for d in docs]
        return sorted(scored, reverse=True)[:k]


def rerank(query: str, docs: list[str], k: int) -> list[str]:
    return [repr(s) for s in Reranker(["mars"]).rank(query, docs, k)]


# inputs: {"query": "red planet", "docs": ["Mars is the red planet", "Venus", "Earth"], "k": 2}
