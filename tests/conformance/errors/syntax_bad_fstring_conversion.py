# expect-compile-error: SyntaxError
# expect-line: 6


def show(x: int) -> str:
    return f"{x!z}"
