# expect-compile-error: [not-supported-yet]
# expect-line: 10
from pathlib import PurePath


def describe(code: int) -> str:
    match code:
        case 200:
            return "ok"
        case PurePath():
            return "a path"
        case _:
            return "error"
