from dataclasses import dataclass, field


@dataclass
class Document:
    title: str
    body: str
    words: list[str] = field(default_factory=list)
    score: float = 0.0

    def __post_init__(self):
        self.words = (self.title + " " + self.body).lower().split()
        self.score = len(self.words) / 10


def index(titles: list[str], bodies: list[str]) -> list[str]:
    docs = [Document(t, b) for t, b in zip(titles, bodies)]
    docs.sort(key=lambda d: d.score, reverse=True)
    return [f"{d.title}: {d.score} {d.words[:2]}" for d in docs]


# inputs: {"titles": ["Mars", "Venus"], "bodies": ["The red planet is cold", "Hot"]}
