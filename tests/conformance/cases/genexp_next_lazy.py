def first_divisible(xs: list[int], d: int) -> list[int]:
    calls: list[int] = []

    def div(x: int) -> int:
        calls.append(x)
        return x // d

    g = (div(x) for x in xs)
    first = next(g, -1)
    return [first, len(calls)]


# inputs: {"xs": [10, 20, 30], "d": 5}
# inputs: {"xs": [10, 20], "d": 0}
# inputs: {"xs": [], "d": 1}
