# expect-compile-error: [no-such-op]
# expect-line: 6


def shift(s: str) -> str:
    return s - 1
