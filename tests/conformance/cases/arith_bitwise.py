def bits(a: int, b: int) -> list[int]:
    return [a & b, a | b, a ^ b, ~a, a << 3, a >> 1, -a >> 2]


# inputs: {"a": 12, "b": 10}
# inputs: {"a": -5, "b": 3}
# inputs: {"a": 0, "b": -1}
# expect-error: OverflowError
# inputs: {"a": 2305843009213693952, "b": 1}
