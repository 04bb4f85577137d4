def find(xs: list[int], x: int) -> list[int]:
    t = tuple(xs)
    pair = ("a", 1)
    return [t.count(x), pair.count(1), pair.index("a"), t.index(x)]


# inputs: {"xs": [3, 1, 3, 2], "x": 3}
# inputs: {"xs": [3, 1], "x": 9}
