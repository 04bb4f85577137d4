def ranges(n: int) -> list[list[int]]:
    return [
        list(range(n)),
        list(range(2, n)),
        list(range(n, 0, -2)),
        list(range(-n, n, 3)),
        [i * i for i in range(n) if i % 2],
    ]


# inputs: {"n": 7}
# inputs: {"n": 0}
# inputs: {"n": -3}
