from typing import Iterator


def until_blank(lines: list[str]) -> Iterator[str]:
    for line in lines:
        if not line.strip():
            return
        yield line.strip().upper()
    yield "<end>"


# inputs: {"lines": ["a", " b ", "", "c"]}
# inputs: {"lines": ["x", "y"]}
# inputs: {"lines": [" "]}
