def shadow(x: int) -> list[int]:
    # A comprehension's loop variable does not leak into the function.
    squares = [x * x for x in range(4)]
    return squares + [x]


# inputs: {"x": 10}
