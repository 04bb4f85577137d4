import re


def parse(text: str) -> list[str]:
    out: list[str] = []
    m = re.search(r"(\w+)@(\w+)\.com", text)
    if m:
        out.append(m.group())
        out.append(str(m.group(0)))
        out.append(str(m.group(1)))
        out.append(str(m.group(2)))
        out.append(str(m.groups()))
        out.append(str(m.span()))
        out.append(str(m.start(2)) + ":" + str(m.end(2)))
        out.append(str(m[1]))
    else:
        out.append("no match")
    return out


# inputs: {"text": "mail bob@example.com now"}
# inputs: {"text": "nothing here"}
# inputs: {"text": "ünïcödé café@bar.com"}
