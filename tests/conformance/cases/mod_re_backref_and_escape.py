import re


def repeats(text: str) -> list[str]:
    out = re.findall(r"\b(\w+) \1\b", text)
    out.append(str(re.search(r"(?P<c>\w)(?P=c)", text) is not None))
    out.append(re.escape(text))
    out.append(str(re.search(re.escape("a.b"), text) is not None))
    out.append(str(re.findall(r"\d{,2}", "12345")))
    out.append(str(re.findall(r"end\Z", text)))
    out.append(str(re.findall(r"end$", text)))
    return out


# inputs: {"text": "the the cat sat sat down a.b end\n"}
# inputs: {"text": "no repeats [x] (y) * + ? end"}
