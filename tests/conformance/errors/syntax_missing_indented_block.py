# expect-compile-error: IndentationError
# expect-line: 7


def f(x: int) -> int:
    if x > 0:
    return x
    return -x
