import unicodedata


def check(form: str, text: str) -> str:
    out = unicodedata.normalize(form, text)
    return out + unicodedata.category(text) + str(unicodedata.decimal(text))


# inputs: {"form": "NFC", "text": "7"}
# inputs: {"form": "NFX", "text": "7"}
# inputs: {"form": "NFC", "text": "ab"}
# inputs: {"form": "NFC", "text": "x"}
# inputs: {"form": "NFC", "text": ""}
