def guarded(xs: list[int], i: int) -> bool:
    # The right operand is only evaluated when needed: no IndexError for a bad index.
    return 0 <= i < len(xs) and xs[i] > 0 or not xs


# inputs: {"xs": [1, -2, 3], "i": 0}
# inputs: {"xs": [1, -2, 3], "i": 1}
# inputs: {"xs": [1, -2, 3], "i": 7}
# inputs: {"xs": [], "i": 0}
