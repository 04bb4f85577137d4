import unicodedata


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# inputs: {"text": "Crème Brûlée à la façon de Ñoño"}
# inputs: {"text": "ascii only"}
# inputs: {"text": ""}
