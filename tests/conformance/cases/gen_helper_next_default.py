from typing import Iterator


def _numbers(xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield x * 10


def take(xs: list[int]) -> list[int | None]:
    g = _numbers(xs)
    a = next(g)
    b = next(g, None)
    c = next(g, None)
    return [a, b, c]


# inputs: {"xs": [1, 2, 3]}
# inputs: {"xs": [5]}
# inputs: {"xs": []}
