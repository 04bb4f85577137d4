def pop_three(xs: list[int]) -> list[int]:
    it = iter(xs)
    return [next(it), next(it), next(it)]


# inputs: {"xs": [1, 2, 3, 4]}
# inputs: {"xs": [1, 2]}
