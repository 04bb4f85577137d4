def first_two(xs: list[int]) -> int:
    a, b = xs
    return a * 10 + b


# inputs: {"xs": [4, 2]}
# inputs: {"xs": [4, 2, 7]}
# inputs: {"xs": [4]}
