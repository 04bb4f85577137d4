# expect-compile-error: [not-supported-yet]
# expect-line: 6


def describe(code: int) -> str:
    match code:
        case 200:
            return "ok"
        case _:
            return "error"
