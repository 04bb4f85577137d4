def where(xs: list[int], x: int) -> int:
    return xs.index(x)


# inputs: {"xs": [10, 20, 30], "x": 30}
# inputs: {"xs": [10, 20, 30], "x": 40}
