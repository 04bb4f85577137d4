def split(xs: list[int]):
    first, *rest = xs
    return [first, rest]


# inputs: {"xs": [1, 2, 3]}
# inputs: {"xs": [7]}
# inputs: {"xs": []}
