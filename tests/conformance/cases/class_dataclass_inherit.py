from dataclasses import dataclass


@dataclass
class Base:
    name: str
    weight: float = 1.0


@dataclass
class Weighted(Base):
    boost: float = 2.0

    def total(self) -> float:
        return self.weight * self.boost


def build(name: str) -> list[str]:
    w = Weighted(name)
    v = Weighted(name, 0.5, 3.0)
    return [repr(w), repr(v), str(w.total()), str(v.total()), str(w == Weighted(name, 1.0, 2.0))]


# inputs: {"name": "q"}
