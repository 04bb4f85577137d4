import re


def check(text: str) -> list[bool]:
    return [
        re.match(r"\d+", text) is not None,
        re.fullmatch(r"\d+", text) is not None,
        re.search(r"\d+", text) is not None,
        re.match(r"[a-z]+\d*$", text) is not None,
        re.fullmatch(r"[a-z]+|\d+", text) is not None,
    ]


# inputs: {"text": "123"}
# inputs: {"text": "123abc"}
# inputs: {"text": "abc42"}
# inputs: {"text": "abc42\n"}
# inputs: {"text": ""}
