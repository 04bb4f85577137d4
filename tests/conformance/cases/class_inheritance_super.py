class Scorer:
    def __init__(self, name: str):
        self.name = name
        self.calls = 0

    def score(self, text: str) -> float:
        self.calls += 1
        return float(len(text))

    def describe(self) -> str:
        return f"{self.name} ({self.calls} calls)"


class WeightedScorer(Scorer):
    def __init__(self, name: str, weight: float):
        super().__init__(name)
        self.weight = weight

    def score(self, text: str) -> float:
        return super().score(text) * self.weight


class LowerScorer(WeightedScorer):
    def score(self, text: str) -> float:
        return super().score(text.lower().strip())


def rank(texts: list[str]) -> list[str]:
    plain = Scorer("plain")
    weighted = WeightedScorer("weighted", 0.5)
    lower = LowerScorer("lower", 2.0)
    out = []
    for t in texts:
        out.append(f"{plain.score(t)} {weighted.score(t)} {lower.score(t)}")
    out.append(plain.describe())
    out.append(weighted.describe())
    out.append(lower.describe())
    kinds = (isinstance(lower, Scorer), isinstance(plain, WeightedScorer))
    out.append(f"{kinds[0]} {kinds[1]} {type(lower).__name__}")
    return out


# inputs: {"texts": ["Hello ", "  a b  "]}
