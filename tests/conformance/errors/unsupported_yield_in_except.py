# expect-compile-error: [not-supported-yet]
# expect-line: 11
from typing import Iterator


def numbers(items: list[str]) -> Iterator[int]:
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield 0
