def floor_div_and_mod(a: int, b: int) -> list[int]:
    # Python rounds toward negative infinity, and the remainder takes the divisor's sign.
    q = a // b
    r = a % b
    return [q, r, q * b + r]


# inputs: {"a": 7, "b": 2}
# inputs: {"a": -7, "b": 2}
# inputs: {"a": 7, "b": -2}
# inputs: {"a": -7, "b": -2}
# inputs: {"a": 6, "b": -3}
# inputs: {"a": 0, "b": -5}
# inputs: {"a": 1, "b": 0}
