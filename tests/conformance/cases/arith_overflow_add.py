def add(a: int, b: int) -> int:
    # ingot's int is 64-bit: a result outside it raises OverflowError, never wraps.
    return a + b


# inputs: {"a": 9223372036854775806, "b": 1}
# inputs: {"a": -9223372036854775807, "b": -1}
# expect-error: OverflowError
# inputs: {"a": 9223372036854775807, "b": 1}
# expect-error: OverflowError
# inputs: {"a": -9223372036854775808, "b": -1}
