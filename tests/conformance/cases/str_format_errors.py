# ruff: noqa: F522, F523, F524, F525 (the errors are what this case checks)


def bad(which: int, x: int) -> str:
    if which == 0:
        return "{} {}".format(x)
    if which == 1:
        return "{0} {}".format(x, x)
    if which == 2:
        return "{} {1}".format(x, x)
    if which == 3:
        return "{label}".format(x, other=x)
    if which == 4:
        return "{:s}".format(x)
    if which == 5:
        return "{:q}".format(x)
    if which == 6:
        return "{0!z}".format(x)
    if which == 7:
        return "{:x}".format([x])
    if which == 8:
        return "{:>5}".format(None)
    return "{:,.2f} {:=^+9}".format(x, x)


# inputs: {"which": 0, "x": 7}
# inputs: {"which": 1, "x": 7}
# inputs: {"which": 2, "x": 7}
# inputs: {"which": 3, "x": 7}
# inputs: {"which": 4, "x": 7}
# inputs: {"which": 5, "x": 7}
# inputs: {"which": 6, "x": 7}
# inputs: {"which": 7, "x": 7}
# inputs: {"which": 8, "x": 7}
# inputs: {"which": 9, "x": 7}
