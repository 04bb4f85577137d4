class Tokenizer:
    MAX_LENGTH = 8
    PAD = "[PAD]"
    special: list[str] = ["[CLS]", "[SEP]"]

    def __init__(self, lower: bool):
        self.lower = lower

    def encode(self, text: str) -> list[str]:
        words = (text.lower() if self.lower else text).split()
        words = [self.special[0]] + words[: self.MAX_LENGTH - 2] + [self.special[1]]
        return words + [Tokenizer.PAD] * (self.MAX_LENGTH - len(words))


def encode(text: str) -> list[str]:
    return Tokenizer(True).encode(text)


# inputs: {"text": "Hello big World"}
# inputs: {"text": "a b c d e f g h i j"}
