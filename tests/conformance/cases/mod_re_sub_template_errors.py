import re


def replace(text: str, repl: str) -> str:
    return re.sub(r"(\w)(\d)", repl, text)


# inputs: {"text": "a1 b2", "repl": "\\2\\1"}
# inputs: {"text": "a1 b2", "repl": "\\3"}
# inputs: {"text": "a1 b2", "repl": "\\g<0>!"}
# inputs: {"text": "a1 b2", "repl": "\\q"}
# inputs: {"text": "a1 b2", "repl": "<\\t>"}
