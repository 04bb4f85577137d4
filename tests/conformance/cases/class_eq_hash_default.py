class Token:
    def __init__(self, text: str):
        self.text = text


def identity(words: list[str]) -> list[bool]:
    a = Token(words[0])
    b = Token(words[0])
    c = a
    seen = {a, b}
    return [a == b, a == c, a != b, len(seen) == 2, c in seen, Token(words[0]) in seen]


# inputs: {"words": ["x"]}
