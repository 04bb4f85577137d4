def edit(xs: list[int], x: int) -> tuple[list[int], int, int, int, int, list[int]]:
    ys = list(xs)
    ys.append(x)
    ys.extend([x, x + 1])
    ys.insert(1, -x)
    ys.insert(100, 99)
    ys.insert(-1, 42)
    popped = ys.pop()
    first = ys.pop(0)
    ys.remove(x)
    count = ys.count(x)
    where = ys.index(x + 1)
    ys.reverse()
    zs = ys.copy()
    zs.sort()
    zs.clear()
    return (ys, popped, first, count, where, zs)


# inputs: {"xs": [3, 1, 2], "x": 5}
# inputs: {"xs": [], "x": 0}
