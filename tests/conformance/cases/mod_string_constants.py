import string


def constants(text: str) -> list[str]:
    kept = "".join(c for c in text if c in string.ascii_letters + string.digits)
    no_punct = "".join(c for c in text if c not in string.punctuation)
    return [
        string.ascii_letters,
        string.ascii_lowercase,
        string.ascii_uppercase,
        string.digits,
        string.hexdigits,
        string.octdigits,
        string.punctuation,
        string.whitespace,
        string.printable,
        kept,
        no_punct,
        string.capwords(text),
        string.capwords(text, "-"),
    ]


# inputs: {"text": "hello, world! it's-a test\t2024"}
# inputs: {"text": ""}
