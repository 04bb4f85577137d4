import unicodedata


def props(text: str) -> list[list[str]]:
    return [
        [unicodedata.category(c) for c in text],
        [str(unicodedata.combining(c)) for c in text],
        [unicodedata.bidirectional(c) for c in text],
        [str(unicodedata.mirrored(c)) for c in text],
        [str(unicodedata.decimal(c, -1)) for c in text],
    ]


# inputs: {"text": "aZ1 ٣é\u0301(€\n日"}
