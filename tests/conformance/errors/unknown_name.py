# expect-compile-error: name 'PI_TYPO' is not defined
# expect-line: 7


def area(r: float) -> float:
    squared = r * r
    return squared * PI_TYPO
