def reshape(xs: list[int]) -> list[int]:
    ys = xs[:]
    ys[0] = 100
    ys[-1] += 1
    ys[1:3] = [7, 8, 9]
    del ys[0]
    del ys[-2:]
    return ys


# inputs: {"xs": [1, 2, 3, 4, 5]}
# inputs: {"xs": [1, 2, 3]}
