# expect-compile-error: [unknown-name]
# expect-line: 7


def area(r: float) -> float:
    squared = r * r
    return squared * PI_TYPO
