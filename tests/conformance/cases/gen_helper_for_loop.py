from typing import Iterator


def _fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def first_fibs(n: int) -> list[int]:
    out = []
    for x in _fib():
        if len(out) == n:
            break
        out.append(x)
    return out


# inputs: {"n": 10}
# inputs: {"n": 0}
# inputs: {"n": 1}
