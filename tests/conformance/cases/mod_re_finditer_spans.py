import re


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\s]+", text)]


# inputs: {"text": "ab  cdé f"}
# inputs: {"text": "日本 語"}
# inputs: {"text": ""}
