from typing import Iterator


def _inner(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def _outer(ns: list[int]) -> Iterator[int]:
    for n in ns:
        yield from _inner(n)
        yield -1
    yield from [100, 200]


def flatten(ns: list[int]) -> list[int]:
    return list(_outer(ns))


# inputs: {"ns": [2, 0, 3]}
# inputs: {"ns": []}
