def flags(a: bool, b: bool) -> tuple[int, int, bool, bool, bool, bool, int, int]:
    # bool is an int subtype: it adds, compares and indexes like one.
    return (a + b, a * 10, a == 1, a and b, a or b, not a, [10, 20][b], sum([a, b, True]))


# inputs: {"a": true, "b": false}
# inputs: {"a": true, "b": true}
