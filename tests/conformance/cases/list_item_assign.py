def reshape(xs: list[int], i: int) -> list[int]:
    ys = xs[:]
    ys[0] = 100
    ys[-1] += 1
    ys[i] *= 2
    return ys


# inputs: {"xs": [1, 2, 3, 4, 5], "i": 2}
# inputs: {"xs": [1, 2, 3], "i": -3}
# inputs: {"xs": [1, 2], "i": 2}
# inputs: {"xs": [], "i": 0}
