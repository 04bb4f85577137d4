from collections.abc import Iterator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


# inputs: {"n": 5}
# inputs: {"n": 0}
# inputs: {"n": 1}
