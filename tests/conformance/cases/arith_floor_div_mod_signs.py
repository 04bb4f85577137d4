def floor_div_and_mod(a: int, b: int) -> list[int]:
    # Python rounds toward negative infinity, and the remainder takes the divisor's sign.
    return [a // b, a % b, divmod(a, b)[0], divmod(a, b)[1]]


# inputs: {"a": 7, "b": 2}
# inputs: {"a": -7, "b": 2}
# inputs: {"a": 7, "b": -2}
# inputs: {"a": -7, "b": -2}
# inputs: {"a": 6, "b": -3}
# inputs: {"a": 0, "b": -5}
# inputs: {"a": 1, "b": 0}
