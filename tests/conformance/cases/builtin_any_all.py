def checks(xs: list[int]) -> list[bool]:
    return [any(xs), all(xs), any([x > 2 for x in xs]), all([x % 2 == 0 for x in xs])]


# inputs: {"xs": [0, 2, 4]}
# inputs: {"xs": [1, 3]}
# inputs: {"xs": []}
