import re

TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenize(text: str) -> list[str]:
    tokens = TOKEN.findall(text)
    first = TOKEN.match(text)
    if first is not None:
        tokens.append("first=" + first.group())
    later = TOKEN.search(text, 3)
    if later is not None:
        tokens.append("later=" + later.group() + "@" + str(later.start()))
    whole = TOKEN.fullmatch(text)
    tokens.append("whole=" + str(whole is not None))
    tokens.append(str(len(TOKEN.split(text))))
    tokens.append(TOKEN.sub("_", text, 2))
    return tokens


# inputs: {"text": "Hello, world!"}
# inputs: {"text": "word"}
# inputs: {"text": "  "}
