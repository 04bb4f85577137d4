# expect-compile-error: IndentationError
# expect-line: 7


def f(x: int) -> int:
    y = x + 1
        return y
