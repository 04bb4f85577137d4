import unicodedata


def forms(text: str) -> list[str]:
    return [
        unicodedata.normalize("NFC", text),
        unicodedata.normalize("NFD", text),
        unicodedata.normalize("NFKC", text),
        unicodedata.normalize("NFKD", text),
        str(len(unicodedata.normalize("NFD", text))),
        str(unicodedata.is_normalized("NFC", text)),
    ]


# inputs: {"text": "café"}
# inputs: {"text": "cafe\u0301"}
# inputs: {"text": "ﬁ ① ｈｅｌｌｏ ²"}
# inputs: {"text": "plain ascii"}
# inputs: {"text": "한국어 Å Ω"}
