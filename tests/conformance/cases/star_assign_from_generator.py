def squares(n: int):
    first, *rest = (i * i for i in range(n))
    *init, last = range(n)
    return [first, rest, init, last]


# inputs: {"n": 4}
# inputs: {"n": 1}
# inputs: {"n": 0}
