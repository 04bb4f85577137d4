from dataclasses import dataclass, field


@dataclass
class Batch:
    ids: list[list[int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def add(self, name: str, ids: list[int]) -> "Batch":
        self.names.append(name)
        self.ids.append(ids)
        return self


def batches(n: int) -> list[str]:
    a = Batch().add("x", [1, 2]).add("y", [])
    b = Batch()
    for name, ids in zip(a.names, a.ids):
        b.add(name, list(ids))
    c = Batch()
    return [repr(a), str(a == b), str(a == c), str(len(c.ids)), str(Batch() == c)]


# inputs: {"n": 1}
