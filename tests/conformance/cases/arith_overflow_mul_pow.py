def grow(x: int, n: int) -> int:
    return x * x + 2**n


# inputs: {"x": 3037000499, "n": 10}
# expect-error: OverflowError
# inputs: {"x": 3037000500, "n": 62}
# expect-error: OverflowError
# inputs: {"x": 1, "n": 63}
