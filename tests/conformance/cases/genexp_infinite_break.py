from typing import Iterator


def _naturals() -> Iterator[int]:
    n = 0
    while True:
        n += 1
        yield n


def first_squares_over(limit: int) -> list[int]:
    out = []
    for sq in (n * n for n in _naturals()):
        if sq > limit:
            out.append(sq)
        if len(out) == 3:
            break
    return out


# inputs: {"limit": 10}
# inputs: {"limit": 0}
