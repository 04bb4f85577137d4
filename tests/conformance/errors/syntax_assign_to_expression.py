# expect-compile-error: SyntaxError
# expect-line: 6


def f(x: int) -> int:
    x + 1 = 3
    return x
