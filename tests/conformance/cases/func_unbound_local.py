def pick(xs: list[int], flag: bool) -> int:
    if flag:
        chosen = xs[0] if xs else -1
    for x in xs:
        last = x
    total = 0
    for x in xs:
        total += x
    return chosen + last + total


# inputs: {"xs": [1, 2, 3], "flag": true}
# inputs: {"xs": [1, 2, 3], "flag": false}
# inputs: {"xs": [], "flag": true}
