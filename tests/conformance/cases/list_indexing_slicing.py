def views(xs: list[int], i: int) -> list[list[int]]:
    return [[xs[i], xs[-1]], xs[1:3], xs[::-1], xs[::2], xs[-2:], xs[5:1:-2], xs[:]]


# inputs: {"xs": [0, 1, 2, 3, 4, 5, 6], "i": 2}
# inputs: {"xs": [9], "i": -1}
# inputs: {"xs": [1, 2], "i": 2}
