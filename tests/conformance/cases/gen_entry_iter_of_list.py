from typing import Iterator


def evens(xs: list[int]) -> Iterator[int]:
    return iter([x for x in xs if x % 2 == 0])


# inputs: {"xs": [1, 2, 3, 4, 6]}
# inputs: {"xs": [1, 3]}
