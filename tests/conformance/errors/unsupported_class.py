# expect-compile-error: [not-supported-yet]
# expect-line: 6


def area(w: float, h: float) -> float:
    class Rect:
        pass

    return w * h
