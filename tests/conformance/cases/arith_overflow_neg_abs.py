def magnitude(x: int) -> list[int]:
    return [abs(x), -x]


# inputs: {"x": -9223372036854775807}
# expect-error: OverflowError
# inputs: {"x": -9223372036854775808}
