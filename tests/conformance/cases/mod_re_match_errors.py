import re


def group_of(text: str, group: int) -> str:
    m = re.match(r"(a)(b)?", text)
    if m is None:
        return "none"
    return str(m.group(group))


# inputs: {"text": "ab", "group": 2}
# inputs: {"text": "a", "group": 2}
# inputs: {"text": "ab", "group": 3}
# inputs: {"text": "zz", "group": 1}
