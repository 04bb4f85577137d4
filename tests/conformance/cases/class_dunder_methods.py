class Vocab:
    def __init__(self, tokens: list[str]):
        self.tokens = tokens
        self.index = {t: i for i, t in enumerate(tokens)}

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: str) -> bool:
        return token in self.index

    def __getitem__(self, token: str) -> int:
        return self.index.get(token, -1)

    def __repr__(self) -> str:
        return f"Vocab(size={len(self.tokens)})"

    def __str__(self) -> str:
        return " ".join(self.tokens)


def lookup(tokens: list[str], queries: list[str]) -> list[str]:
    v = Vocab(tokens)
    out = [repr(v), str(v), str(len(v)), f"{v!r} / {v}"]
    for q in queries:
        out.append(f"{q}: {q in v} {v[q]}")
    empty = Vocab([])
    out.append(str(bool(empty)) + str(bool(v)))
    return out


# inputs: {"tokens": ["[PAD]", "hello", "world"], "queries": ["hello", "nope"]}
