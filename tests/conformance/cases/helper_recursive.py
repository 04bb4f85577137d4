def _fib(n: int) -> int:
    if n < 2:
        return n
    return _fib(n - 1) + _fib(n - 2)


def fibs(count: int) -> list[int]:
    return [_fib(i) for i in range(count)]


# inputs: {"count": 15}
# inputs: {"count": 0}
