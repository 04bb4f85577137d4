class WordTokenizer:
    UNK = "[UNK]"

    def __init__(self, vocab: list[str], lowercase: bool = True):
        self.vocab = {w: i for i, w in enumerate([self.UNK] + vocab)}
        self.inverse = {i: w for w, i in self.vocab.items()}
        self.lowercase = lowercase

    def encode(self, text: str) -> list[int]:
        if self.lowercase:
            text = text.lower()
        return [self.vocab.get(w, 0) for w in text.replace(",", " ,").split()]

    def decode(self, ids: list[int]) -> str:
        return " ".join(self.inverse.get(i, self.UNK) for i in ids)

    def __len__(self) -> int:
        return len(self.vocab)


def roundtrip(vocab: list[str], text: str) -> list[str]:
    tok = WordTokenizer(vocab)
    ids = tok.encode(text)
    return [str(ids), tok.decode(ids), str(len(tok)), tok.decode([99])]


# inputs: {"vocab": ["hello", "world", ","], "text": "Hello, big World"}
