from typing import Iterator


def _one() -> Iterator[int]:
    yield 1


def exhaust(extra: int) -> int:
    g = _one()
    total = next(g)
    for _ in range(extra):
        total += next(g)
    return total


# inputs: {"extra": 0}
# inputs: {"extra": 1}
