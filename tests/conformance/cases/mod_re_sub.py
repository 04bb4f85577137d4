import re


def clean(text: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", text),
        re.sub(r"(\w+)=(\w+)", r"\2=\1", text),
        re.sub(r"(?P<key>\w+)=(?P<val>\w+)", r"\g<val>:\g<key>", text),
        re.sub(r"\d", "#", text, count=2),
        re.sub(r"x*", "-", text),
        re.sub(r"a|(b)", r"[\1]", text),
        re.sub(r"\s", r"\n", text),
    ]


# inputs: {"text": "a=1   b=2\tc=3"}
# inputs: {"text": "abxd"}
# inputs: {"text": ""}
