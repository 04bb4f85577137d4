# expect-compile-error: [ambiguous-entry]
# Two public functions and no @compile: the error lists both candidates.


def encode(s: str) -> str:
    return s


def decode(s: str) -> str:
    return s
