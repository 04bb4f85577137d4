from typing import Iterator


def parse_all(items: list[str]) -> Iterator[int]:
    for item in items:
        yield int(item)


# inputs: {"items": ["1", "2", "x3", "4"]}
# inputs: {"items": ["10", "-2"]}
# inputs: {"items": ["oops"]}
# inputs: {"items": []}
