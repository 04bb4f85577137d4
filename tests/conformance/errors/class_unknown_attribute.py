# expect-compile-error: [no-such-op]
# expect-line: 11


class Point:
    def __init__(self, x: int):
        self.x = x


def make(x: int) -> int:
    return Point(x).y
