def search(xs: list[int], target: int) -> int:
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return -1
    return i


# inputs: {"xs": [4, 8, 15, 16], "target": 15}
# inputs: {"xs": [4, 8, 15, 16], "target": 42}
# inputs: {"xs": [], "target": 1}
