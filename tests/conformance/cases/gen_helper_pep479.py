from typing import Iterator


def _pairs_of(xs: list[int]) -> Iterator[int]:
    it = iter(xs)
    while True:
        a = next(it)
        b = next(it)
        yield a + b


def sums(xs: list[int]) -> list[int]:
    return list(_pairs_of(xs))


# inputs: {"xs": [1, 2, 3, 4]}
# inputs: {"xs": [1, 2, 3]}
