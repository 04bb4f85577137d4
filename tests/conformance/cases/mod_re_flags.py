import re


def flags(text: str) -> list[list[str]]:
    return [
        re.findall(r"^\w+", text, re.MULTILINE),
        re.findall(r"^\w+", text),
        re.findall(r"hello", text, re.IGNORECASE),
        re.findall(r"a.c", text, re.DOTALL),
        re.findall(r"a.c", text),
        re.findall(r"\w+$", text, re.M),
        re.findall(r"\d+", text, flags=re.ASCII),
        re.findall(r"(?i)WORLD", text),
        re.findall(
            r"""
            \d+   # digits
            \.?   # optional dot
            """,
            text,
            re.VERBOSE,
        ),
    ]


# inputs: {"text": "Hello world\nhello WORLD\na\nc abc 3.5"}
# inputs: {"text": "٣٤ 12 HeLLo"}
