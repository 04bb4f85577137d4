# expect-compile-error: [missing-annotation]
# expect-line: 5


def add(a: int, b) -> int:
    return a + b
