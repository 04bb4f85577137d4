from dataclasses import dataclass


@dataclass(order=True)
class Hit:
    score: float
    doc_id: int


@dataclass(frozen=True)
class Key:
    name: str
    version: int = 1


def top(scores: list[float], k: int) -> list[str]:
    hits = [Hit(s, i) for i, s in enumerate(scores)]
    best = sorted(hits, reverse=True)[:k]
    keys = {Key("a"), Key("a", 1), Key("b", 2)}
    out = [repr(h) for h in best]
    out.append(str(Hit(1.0, 2) < Hit(1.0, 3)))
    out.append(str(len(keys)))
    out.append(str(Key("b", 2) in keys))
    out.append(repr(Key("z")))
    return out


# inputs: {"scores": [0.5, 0.9, 0.1, 0.9], "k": 3}
