def distinct(xs: list[int], ys: list[int]) -> list[int]:
    sums = {x + y for x in xs for y in ys if x != y}
    return sorted(sums)


# inputs: {"xs": [1, 2, 3], "ys": [3, 4, 1]}
# inputs: {"xs": [5], "ys": [5]}
