import string


def clean(text: str) -> list[str]:
    no_punct = text.translate(str.maketrans("", "", string.punctuation))
    swapped = text.translate(str.maketrans("abc", "xyz"))
    mapped = text.translate(str.maketrans({"a": "AA", "é": "e"}))
    by_code = text.translate({ord("l"): None, ord("o"): ord("0")})
    return [no_punct, swapped, mapped, by_code]


# inputs: {"text": "Hello, world! abc café..."}
# inputs: {"text": ""}
