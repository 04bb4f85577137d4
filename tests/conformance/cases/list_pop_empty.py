def last(xs: list[float], i: int) -> float:
    return xs.pop(i)


# inputs: {"xs": [1.5, 2.5], "i": -1}
# inputs: {"xs": [1.5, 2.5], "i": 5}
# inputs: {"xs": [], "i": -1}
