from typing import NamedTuple


class Match(NamedTuple):
    doc: str
    score: float
    rank: int = 0


def best(docs: list[str], scores: list[float]) -> list[str]:
    matches = [Match(d, s) for d, s in zip(docs, scores)]
    matches.sort(key=lambda m: m.score, reverse=True)
    top = matches[0]
    doc, score, rank = top
    out = [repr(top), str(top), doc, str(score), str(rank)]
    out += [str(top[1]), str(top[-1]), str(len(top))]
    out.append(str(top == Match(doc, score)))
    out.append(str(Match("a", 1.0) < Match("a", 2.0)))
    out.append(str(len({Match("a", 1.0), Match("a", 1.0)})))
    return out


# inputs: {"docs": ["mars", "venus", "earth"], "scores": [0.9, 0.2, 0.5]}
