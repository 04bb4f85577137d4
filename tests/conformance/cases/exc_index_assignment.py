def set_at(xs: list[int], i: int, v: int) -> list[int]:
    xs[i] = v
    return xs


# inputs: {"xs": [1, 2, 3], "i": -1, "v": 9}
# inputs: {"xs": [1, 2, 3], "i": 3, "v": 9}
