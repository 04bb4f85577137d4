# expect-compile-error: SyntaxError
# expect-line: 6


def total(a: int, b: int) -> int:
    return (a + b
