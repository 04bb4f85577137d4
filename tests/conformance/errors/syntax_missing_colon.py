# expect-compile-error: SyntaxError
# expect-line: 5


def double(x: int) -> int
    return x * 2
