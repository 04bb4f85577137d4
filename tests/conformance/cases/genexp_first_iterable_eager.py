def eager_first(xs: list[int], i: int) -> int:
    g = (x for x in [xs[i]] + xs)
    return sum(g)


# inputs: {"xs": [1, 2, 3], "i": 1}
# inputs: {"xs": [1, 2, 3], "i": 7}
