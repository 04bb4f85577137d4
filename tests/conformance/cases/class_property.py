class Span:
    def __init__(self, start: int, end: int):
        self.start = start
        self.end = end

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def empty(self) -> bool:
        return self.length == 0


def spans(bounds: list[list[int]]) -> list[str]:
    out = []
    for b in bounds:
        s = Span(b[0], b[1])
        out.append(f"{s.start}-{s.end}: {s.length} {s.empty}")
    return out


# inputs: {"bounds": [[0, 4], [3, 3], [10, 2]]}
