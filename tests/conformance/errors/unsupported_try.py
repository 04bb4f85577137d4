# expect-compile-error: [not-supported-yet]
# expect-line: 6


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return 0
