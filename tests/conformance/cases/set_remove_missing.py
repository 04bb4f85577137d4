def without(s: set[int], x: int) -> list[int]:
    t = set(s)
    t.remove(x)
    return sorted(t)


# inputs: {"s": [1, 2, 3], "x": 2}
# inputs: {"s": [1, 2, 3], "x": 7}
