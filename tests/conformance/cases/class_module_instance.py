class Normalizer:
    def __init__(self, lowercase: bool, strip: bool):
        self.lowercase = lowercase
        self.strip = strip

    def __call__(self, text: str) -> str:
        if self.strip:
            text = text.strip()
        if self.lowercase:
            text = text.lower()
        return text


NORMALIZER = Normalizer(True, True)
RAW = Normalizer(False, False)


def normalize(texts: list[str]) -> list[str]:
    return [NORMALIZER(t) for t in texts] + [RAW(t) for t in texts]


# inputs: {"texts": ["  Hello World ", "ABC"]}
