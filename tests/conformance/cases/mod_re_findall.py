import re


def words(text: str) -> list[list[str]]:
    return [
        re.findall(r"\w+", text),
        re.findall(r"(\d+)px", text),
        re.findall(r"x*", text),
        re.findall(r"\b[A-Z]\w*", text),
        re.findall(r"\s+", text),
    ]


# inputs: {"text": "Hello World 12px and 7px"}
# inputs: {"text": "xaxxb"}
# inputs: {"text": "Ünïcode Wörds here"}
# inputs: {"text": ""}
