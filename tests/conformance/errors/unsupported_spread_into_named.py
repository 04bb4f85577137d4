# expect-compile-error: [not-supported-yet]
# expect-line: 8
def _area(w: int, h: int) -> int:
    return w * h


def area(xs: list[int]) -> int:
    return _area(*xs)
