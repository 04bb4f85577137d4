# expect-compile-error: [no-such-op]
# expect-line: 7
import re


def find(s: str) -> list[str]:
    return re.findall(r"\w+", s, "i")
