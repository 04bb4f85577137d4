def reshape(xs: list[int]) -> list[int]:
    ys = xs[:]
    ys[0] = 100
    ys[-1] += 1
    del ys[1]
    del ys[-2]
    return ys


# inputs: {"xs": [1, 2, 3, 4, 5]}
# inputs: {"xs": [1, 2, 3]}
# inputs: {"xs": [1, 2]}
