# expect-compile-error: [not-supported-yet]
# expect-line: 10


class Point:
    def __init__(self, x: int):
        self.x = x


def make(x: int):
    return Point(x)
