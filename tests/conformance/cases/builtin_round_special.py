def to_int(x: float) -> int:
    return round(x)


# inputs: {"x": 1.5}
# inputs: {"x": -2.5}
# expect-error: OverflowError
# inputs: {"x": 1e300}
