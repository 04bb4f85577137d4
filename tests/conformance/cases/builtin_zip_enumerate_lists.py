def pairs(a: list[int], b: list[str]) -> list[list[int | str]]:
    zipped = [[x, y] for x, y in zip(a, b)]
    numbered = [[i, y] for i, y in enumerate(b, start=10)]
    triples = [[x, y, z] for x, y, z in zip(a, b, a[1:])]
    return zipped + numbered + triples


# inputs: {"a": [1, 2, 3], "b": ["x", "y"]}
# inputs: {"a": [], "b": ["q"]}
