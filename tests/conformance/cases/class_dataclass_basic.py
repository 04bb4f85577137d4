from dataclasses import dataclass, field


@dataclass
class Chunk:
    text: str
    start: int
    end: int = -1
    tags: list[str] = field(default_factory=list)

    def length(self) -> int:
        return len(self.text)


def chunks(text: str, size: int) -> list[str]:
    out = []
    pieces = [Chunk(text[i : i + size], i) for i in range(0, len(text), size)]
    for p in pieces:
        p.end = p.start + p.length()
        if p.length() < size:
            p.tags.append("short")
        out.append(repr(p))
    out.append(str(pieces[0] == Chunk(text[:size], 0, min(size, len(text)))))
    out.append(str(pieces[0] == pieces[-1]))
    return out


# inputs: {"text": "hello world!", "size": 5}
# inputs: {"text": "abc", "size": 8}
