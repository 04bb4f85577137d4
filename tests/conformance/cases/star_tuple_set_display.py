def shapes(xs: list[int], ys: list[int]):
    t = (*xs, 10)
    s = {*xs, *ys}
    return [list(t), len(t), sorted(s), (*ys,) == tuple(ys)]


# inputs: {"xs": [3, 1, 3], "ys": [2, 1]}
# inputs: {"xs": [], "ys": []}
