class Text:
    @staticmethod
    def normalize(s: str) -> str:
        return " ".join(s.lower().split())

    @staticmethod
    def ngrams(s: str, n: int) -> list[str]:
        return [s[i : i + n] for i in range(len(s) - n + 1)]

    @classmethod
    def similarity(cls, a: str, b: str) -> float:
        ga = set(cls.ngrams(cls.normalize(a), 3))
        gb = set(cls.ngrams(cls.normalize(b), 3))
        if not ga or not gb:
            return 0.0
        return round(len(ga & gb) / len(ga | gb), 4)


def compare(a: str, b: str) -> float:
    return Text.similarity(a, b)


# inputs: {"a": "The Red  Planet", "b": "the red planets"}
# inputs: {"a": "ab", "b": "abc"}
