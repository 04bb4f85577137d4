# expect-compile-error: [no-such-op]
# expect-line: 7


def scale(xs: list[int], k: float) -> list[int]:
    n = len(xs)
    return xs * k + [n]
