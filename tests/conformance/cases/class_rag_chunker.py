from dataclasses import dataclass, field


@dataclass
class Chunk:
    doc_id: int
    index: int
    text: str
    tokens: list[str] = field(default_factory=list)


class Chunker:
    def __init__(self, size: int, overlap: int = 0):
        if overlap >= size:
            raise ValueError(f"overlap {overlap} must be smaller than size {size}")
        self.size = size
        self.overlap = overlap

    def split(self, doc_id: int, text: str) -> list[Chunk]:
        words = text.split()
        step = self.size - self.overlap
        out = []
        for i, start in enumerate(range(0, max(len(words), 1), step)):
            piece = words[start : start + self.size]
            out.append(Chunk(doc_id, i, " ".join(piece), piece))
            if start + self.size >= len(words):
                break
        return out


def chunk_all(texts: list[str], size: int, overlap: int) -> list[str]:
    chunker = Chunker(size, overlap)
    out = []
    for doc_id, text in enumerate(texts):
        for c in chunker.split(doc_id, text):
            out.append(f"{c.doc_id}.{c.index}: {c.text!r} ({len(c.tokens)})")
    return out


# inputs: {"texts": ["a b c d e f g", "short", ""], "size": 3, "overlap": 1}
# inputs: {"texts": ["one two"], "size": 2, "overlap": 2}
