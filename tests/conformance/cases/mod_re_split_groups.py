import re

SEPARATORS = re.compile(r"(,)|(;)")


def pieces(text: str):
    by_either = re.split(r"(-)|(\+)", text)
    compiled = SEPARATORS.split(text, maxsplit=2)
    missing = [i for i, p in enumerate(by_either) if p is None]
    joined = "|".join(p if p is not None else "<none>" for p in compiled)
    kept = re.split(r"(\s+)", text)
    return [by_either, compiled, missing, joined, kept]


# inputs: {"text": "a-b+c;d,e f"}
# inputs: {"text": ""}
# inputs: {"text": "1,2;3,4;5"}
