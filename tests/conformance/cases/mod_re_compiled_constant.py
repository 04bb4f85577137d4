import re

_WS = re.compile(r"\s+")
_NUM = re.compile(r"(?P<int>\d+)(?:\.(?P<frac>\d+))?")
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def normalize(text: str) -> list[str]:
    out = [_WS.sub(" ", text).strip()]
    for m in _NUM.finditer(text):
        out.append(str(m.groupdict()))
    out.extend(_WORD.findall(text))
    out.append(_WS.pattern)
    out.append(str(_NUM.groups))
    return out


# inputs: {"text": "  Pi is   3.14  and e is 2 \n"}
# inputs: {"text": ""}
