import re


def pieces(text: str) -> list[list[str]]:
    return [
        re.split(r"\s*,\s*", text),
        re.split(r"(,)", text),
        re.split(r",", text, maxsplit=1),
        re.split(r"\b", text),
        re.split(r"x*", text),
        re.split(r"[,;]", text, 2),
    ]


# inputs: {"text": "a , b,c;d"}
# inputs: {"text": "one"}
# inputs: {"text": ""}
