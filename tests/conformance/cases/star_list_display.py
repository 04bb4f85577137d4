def joined(a: list[int], b: list[int], t: tuple[int, int]):
    return [[*a, *b], [0, *a, 99, *t, *b, -1], [*range(3), *a], [*"ab", *"c"]]


# inputs: {"a": [1, 2], "b": [3], "t": [4, 5]}
# inputs: {"a": [], "b": [], "t": [0, 0]}
