def pairs(xs: list[int], ys: list[int]):
    total = sum(x * y for x in xs if x > 0 for y in ys if y != x)
    joined = ",".join(f"{x}{y}" for x in xs for y in ys)
    rows = [[1, 2], [3], []]
    nested = [sum(v for v in row) for row in rows]
    return [total, joined, nested]


# inputs: {"xs": [1, -2, 3], "ys": [1, 2]}
# inputs: {"xs": [], "ys": [5]}
